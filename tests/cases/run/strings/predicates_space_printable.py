# isspace / isprintable / isascii over many code points
samples = [' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u1680', '\u180e',
           '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '', '  ', ' a',
           'a', '\x00', '\x7f', '\xad', '\u0378', '\ue000', '\U000f0000', '\ud800', '\U0001F600', '\u00e9', '~', 'é\n']
for s in samples:
    print(repr(s), s.isspace(), s.isprintable(), s.isascii())
def count(pred, hi=0x110000):
    return sum(1 for cp in range(hi) if pred(chr(cp)))
print('space', count(str.isspace, 0x10000), [hex(cp) for cp in range(0x10000) if chr(cp).isspace()])
print('printable', count(str.isprintable, 0x20000))
print('not printable < 0x3000', [hex(cp) for cp in range(0x300, 0x3000) if not chr(cp).isprintable()][:60])
print('ascii', count(str.isascii, 0x200), ''.isascii(), 'abc\x7f'.isascii(), 'abc\x80'.isascii())
print(''.isprintable(), 'abc def'.isprintable(), 'abc\tdef'.isprintable(), 'a\u2028'.isprintable())
for name in ('isspace', 'isprintable', 'isascii'):
    try:
        getattr('a', name)('x')
    except TypeError as e:
        print(name, type(e).__name__, e)
