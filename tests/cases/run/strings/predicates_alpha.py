# isalpha / isalnum / isupper / islower over many code points
samples = ['a', 'Z', 'é', 'ß', 'ǅ', 'ª', 'º', 'ʰ', 'ˆ', 'Ⅰ', 'ⅰ', '〆', '々', '〇', 'あ', 'ア', 'ー', '中', '가', 'ا', 'ـ', 'अ',
           'ा', '्', '\u0301', 'a\u0301', '𐐀', '𝐀', '𝒶', '😀', '_', '1', 'a1', '', 'ab cd', 'ⓐ', 'Ⓐ', 'ǈ', 'ﬁ',
           'ᾈ', 'ᾀ', 'ℌ', 'ℎ', 'Ω', 'ℵ', '\u02b0', '\u1d2c', 'ꜰ', 'ᴀ', '\u0345', 'ı', 'İ']
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isupper(), s.islower(), s.istitle())
def count(pred, hi=0x30000):
    return sum(1 for cp in range(hi) if pred(chr(cp)))
for name in ('isalpha', 'isalnum', 'isupper', 'islower', 'istitle'):
    print(name, count(getattr(str, name)))
print([hex(cp) for cp in range(0x3000) if chr(cp).isupper() and chr(cp).lower() == chr(cp)][:30])
print([hex(cp) for cp in range(0x3000) if chr(cp).islower() and chr(cp).upper() == chr(cp)][:30])
print('ABC'.isupper(), 'ABc'.isupper(), 'AB1'.isupper(), '123'.isupper(), 'abc'.islower(), 'ab1'.islower(), '1'.islower())
print('ǅ'.isupper(), 'ǅ'.islower(), 'Aǅ'.isupper(), 'ᾼ'.isupper())
