# string predicates on empty, mixed and long strings
preds = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
         'isprintable', 'isspace', 'istitle', 'isupper']
samples = ['', ' ', 'a', 'A', '1', 'a1', 'A1', 'aA', '_', '1a', 'a b', 'Ab Cd', '١٢', '½', '²', 'Ⅻ', 'é', 'É', 'ǅ',
           'ab\n', '\t', 'abc' * 100, 'ABC' * 100 + 'd', '1' * 1000, '1' * 999 + 'x', ' ' * 500, ' ' * 499 + '.',
           'a' * 300 + 'é', 'é' * 300 + '😀', 'x\u0301', '\u0301', '𝟙𝟚', '𝔸𝔹', '\u3000', '\u00a0', '\x00']
for s in samples:
    print(ascii(s[:12]), len(s), ''.join('1' if getattr(s, p)() else '0' for p in preds))
print([p for p in preds if getattr('', p)()])
for p in preds:
    try:
        getattr(str, p)(b'x')
    except TypeError as e:
        print(p, type(e).__name__, e)
    try:
        getattr(str, p)()
    except TypeError as e:
        print(p, type(e).__name__, e)
