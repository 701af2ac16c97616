# repr of strings: quote choice and escapes
samples = ['', 'a', "'", '"', '\'"', "it's", 'say "hi"', 'both \' and "', '\\', '\\\'', 'a\\nb', '\n', '\r', '\t',
           '\x00', '\x07', '\x08', '\x0b', '\x0c', '\x1b', '\x1f', '\x7f', '\x80', '\x9f', '\xa0', '\xad', 'é', 'ÿ',
           '\u0100', '\u0378', '\u200b', '\u200e', '\u2028', '\u2029', '\u3000', '\ud800', '\udfff', '\ue000',
           '\ufeff', '\ufffd', '\uffff', '\U00010000', '\U0001F600', '\U000E0001', '\U000F0000', '\U0010FFFF',
           'mixed é\n😀\t"\'']
for s in samples:
    r = repr(s)
    print(ascii(r), len(r), eval(r) == s)
print(repr('\'') == '"\'"', repr('"') == "'\"'", repr('\'"') == "'\\'\"'")
class S(str):
    pass
print(repr(S('x')), repr(S("'")), S('y').__repr__(), str.__repr__(S('z')))
class R(str):
    def __repr__(self):
        return 'R!'
print(repr(R('a')), repr([R('a'), 'b']), str(R('a')), '%r' % R('a'), '{!r}'.format(R('a')))
print(repr(['é', '\n', "'"]), repr(('😀',)), repr({'k\x00': '\u2028'}))
print(str.__repr__('abc'), type(repr('a')).__name__)
try:
    str.__repr__(5)
except TypeError as e:
    print(type(e).__name__, e)
