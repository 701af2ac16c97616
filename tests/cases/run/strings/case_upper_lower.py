# upper / lower over full Unicode including special casing
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

words = ['Straße', 'ß', 'ﬁ', 'ﬂ', 'ﬃ', 'ŉ', 'ǰ', 'ΐ', 'և', 'ẞ', 'İ', 'ı', 'K', 'Å', 'ǅ', 'ǈ', 'ǋ', 'ǲ',
         'ᾳ', 'ᾼ', 'ῳ', 'ﬓ', 'Ω', 'µ', 'ÿ', 'Ÿ', 'ſ', 'ς', 'ϐ', 'ϑ', 'ẛ', 'ᲀ', 'Ꭰ', 'ꭰ', '𐐀', '𐐨', '𞤀', '𞤢',
         'ⅰ', 'Ⅰ', 'ⓐ', 'Ⓐ', 'ａ', 'Ａ', '١', 'ǉ', 'Ǉ', 'ͅ', 'ᾀ', 'ᾈ']
for w in words:
    print(repr(w), hex(ord(w[0])), repr(w.upper()), repr(w.lower()), len(w.upper()), len(w.lower()))
print('hello WORLD 123 !'.upper(), 'hello WORLD 123 !'.lower())
print(''.upper() == '', 'ABC'.lower(), 'abc'.upper(), 'ÀÉÎÕÜ'.lower(), 'àéîõü'.upper())
print('ΑΒΓΔ'.lower(), 'αβγδ'.upper(), 'АБВГД'.lower(), 'абвгд'.upper(), 'ԱԲԳ'.lower())
print('𝐀𝐁'.lower(), '𝒶'.upper())
cps = []
for cp in range(0, 0x2000):
    c = chr(cp)
    if len(c.upper()) > 1 or len(c.lower()) > 1:
        cps.append(cp)
print(len(cps), cps[:40])
diff = 0
for cp in range(0, 0x10000, 7):
    c = chr(cp)
    diff += (c.upper() != c) + (c.lower() != c)
print('changed', diff)
total = 0
for cp in range(0x10000, 0x1F000):
    c = chr(cp)
    if c.upper() != c or c.lower() != c:
        total += 1
print('astral changed', total)
show('upper arg', lambda: 'a'.upper(1))
show('lower kw', lambda: 'a'.lower(x=1))
class S(str):
    pass
print(type(S('a').upper()).__name__, type(S('A').lower()).__name__, type(S('1').upper()).__name__)
x, y = 'a', 'A'
print(x.lower() is x, x.upper() is y, y.lower() is x, x.upper() is x.upper(), 'abc'.lower() is 'abc'.lower())
print('MiXeD 123 ~!'.lower(), 'MiXeD 123 ~!'.upper(), '@[`{'.lower(), '@[`{'.upper(), ('Aa' * 50).upper()[-4:])
