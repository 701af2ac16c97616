# isdecimal / isdigit / isnumeric over many code points
samples = ['0', '9', '٣', '۳', '߃', '३', '৩', '๓', '໓', '༣', '၃', '០', '᠓', '０', '𝟑', '𝟘', '²', '³', '¹', '⁴', '₅',
           '①', '⑴', '⒈', '❶', '½', '¼', 'Ⅻ', 'ⅻ', '〇', '一', '二', '三', '億', '兆', '〥', '𐄇', '𒐀', 'a', '', ' ',
           '-1', '1.5', '12', '1²', '١٢٣', 'ⅰ', '፩', '௰', '𑁒', '🄁', '🄋', '⓪', '㉑', '\u2070', '\u00b5']
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
def count(pred, hi=0x30000):
    return sum(1 for cp in range(hi) if pred(chr(cp)))
print('decimal', count(str.isdecimal))
print('digit', count(str.isdigit))
print('numeric', count(str.isnumeric))
print('digit not decimal', [hex(cp) for cp in range(0x3000) if chr(cp).isdigit() and not chr(cp).isdecimal()][:40])
print('numeric not digit', [hex(cp) for cp in range(0x2200) if chr(cp).isnumeric() and not chr(cp).isdigit()][:40])
for bad in ('isdecimal', 'isdigit', 'isnumeric'):
    try:
        getattr('1', bad)(1)
    except TypeError as e:
        print(bad, type(e).__name__, e)
