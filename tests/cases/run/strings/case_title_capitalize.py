# title / capitalize including titlecase digraphs and special casing
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

samples = ['hello world', "they're bill's friends", 'HELLO wORLD', 'a1b2 c3d', 'ǆemal', 'ǉubljana', 'ǌ',
           'ßtraße', 'ﬁsh ﬂy', 'ŉ', 'ǰx', 'ᾳx ᾀy', 'ΐ', 'և', 'x-y_z', '  lead', '123abc', 'éCOLE', 'ǅungla',
           'ÿes', '𐐨𐐨 𐐀𐐀', 'ﬓ', 'ῳ', 'ΐ', 'İstanbul', 'ıi', 'σσ σς', '', '1', 'Ǳ', 'a\u0345b', 'aᾼ']
for s in samples:
    print(repr(s), repr(s.title()), repr(s.capitalize()))
for cp in (0x1c4, 0x1c5, 0x1c6, 0x1c7, 0x1c8, 0x1c9, 0x1ca, 0x1cb, 0x1cc, 0x1f1, 0x1f2, 0x1f3, 0x10d0, 0x1c90, 0x13a0, 0xab70):
    c = chr(cp)
    print(hex(cp), repr(c.title()), repr(c.capitalize()), repr(c.upper()), repr(c.lower()), c.istitle(), c.isupper(), c.islower())
show('title arg', lambda: 'a'.title(1))
show('capitalize arg', lambda: 'a'.capitalize(None))
class S(str):
    pass
print(type(S('ab').title()).__name__, type(S('ab').capitalize()).__name__)
