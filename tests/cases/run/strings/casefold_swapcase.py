# casefold and swapcase
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

samples = ['Straße', 'ß', 'ẞ', 'ﬁ', 'ΣΑΣ', 'σς', 'µ', 'ſ', 'K', 'İ', 'ı', 'ŉ', 'ǰ', 'ΐ', 'ᾳ', 'ᾼ', 'Ꭰ', 'ꭰ',
           '𐐀', 'Hello World', 'ǅ', 'ǈ', 'ϐ', 'ϑ', 'ẛ', 'ﬓ', 'ͅ', 'ẞß', 'ΣΑΣ ΣΑΣ']
for s in samples:
    print(repr(s), repr(s.casefold()), repr(s.swapcase()), repr(s.swapcase().swapcase()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ﬁ'.casefold() == 'fi', 'µ'.casefold() == 'μ'.casefold())
n = 0
for cp in range(0x10000):
    c = chr(cp)
    if c.casefold() != c.lower():
        n += 1
print('casefold differs from lower', n)
lst = [cp for cp in range(0x3000) if len(chr(cp).casefold()) > 1]
print(len(lst), lst[:30])
n = sum(1 for cp in range(0x10000) if chr(cp).swapcase() != chr(cp))
print('swapcase changes', n)
show('casefold arg', lambda: 'a'.casefold(1))
show('swapcase arg', lambda: 'a'.swapcase(1))
class S(str):
    pass
print(type(S('a').casefold()).__name__, type(S('a').swapcase()).__name__)
