# concatenation, += and join across 1-, 2- and 4-byte strings
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r), len(r) if isinstance(r, str) else '')

parts = ['', 'abc', 'é', '\u20ac', '\U0001F600', 'ÿ', '\u0100', '\uffff', '\U00010000']
for a in parts:
    print(ascii([a + b for b in parts]))
s = ''
for p in parts * 3:
    s += p
print(ascii(s), len(s), s.isascii(), max(s) if s else None)
show('str + int', lambda: 'a' + 1)
show('int + str', lambda: 1 + 'a')
show('str + bytes', lambda: 'a' + b'a')
show('str + None', lambda: 'a' + None)
show('str + list', lambda: 'a' + ['b'])
show('list + str', lambda: ['b'] + 'a')
show('__add__ int', lambda: 'a'.__add__(1))
show('__radd__', lambda: hasattr('a', '__radd__'))
class R:
    def __radd__(self, other):
        return 'radd:' + other
show('radd fallback', lambda: 'x' + R())
class S(str):
    def __radd__(self, other):
        return 'S.radd'
    def __add__(self, other):
        return 'S.add'
show('subclass radd', lambda: 'x' + S('y'))
show('subclass add', lambda: S('y') + 'x')
x = 'abc'
y = x
x += 'é'
print(x, y, x is y)
x = 'é' * 3
x += '\U0001F600'
print(ascii(x), len(x))
big = ''.join(chr(0x4e00 + i) for i in range(50))
print(len(big), ascii(big[:3]), ascii((big + 'a')[-2:]), ascii(('a' + big)[:2]))
acc = []
for i in range(300):
    acc.append(chr(i * 37 % 0x2000 + 32))
joined = ''.join(acc)
print(len(joined), hash(joined) == hash(''.join(acc)), ascii(joined[100:110]))
print(ascii('\U0001F600'.join(['a', 'é', '\u20ac'])), ascii('é'.join(['a', 'b'])), ascii(''.join(['\U0010FFFF', 'a'])))
