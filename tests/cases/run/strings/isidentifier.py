# str.isidentifier and keyword-independent identifier rules
samples = ['a', '_', '__init__', 'a1', '1a', '', ' a', 'a b', 'if', 'None', 'é', 'ñandú', '中文', 'αβγ', 'Ⅸ', 'ⅸ',
           '℘', '℮', '゛', '゜', 'a·b', '·a', 'a\u0301', '\u0301a', 'a\u200c', 'a\u200d', '\u2118x', 'x\u2118',
           '𝐀', '𝟘x', 'x𝟘', 'a-b', 'a$', '$a', 'x١', '١x', '〇', 'ª', 'º', 'ǅ', 'ʰ', '\u1885', '\u1886', '\u2e2f',
           'ﬁ', 'ﬁx', 'x\u00b7', '\u00b7', 'a\u0387', '\u1369', 'a\u1369', '\u19da', 'a\u19da', '😀', 'a😀', 'a\x00']
for s in samples:
    print(repr(s), s.isidentifier())
start = sum(1 for cp in range(0x30000) if chr(cp).isidentifier())
cont = sum(1 for cp in range(0x30000) if ('a' + chr(cp)).isidentifier())
print('start', start, 'continue', cont)
print([hex(cp) for cp in range(0x80, 0x3000) if ('a' + chr(cp)).isidentifier() and not chr(cp).isidentifier()][:50])
try:
    'a'.isidentifier(1)
except TypeError as e:
    print(type(e).__name__, e)
import keyword
print([k for k in keyword.kwlist if not k.isidentifier()])
