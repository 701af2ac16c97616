# center, ljust, rjust, zfill
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for s in ['', 'a', 'ab', 'abc', 'abcd', 'é😀']:
    for w in (-1, 0, 2, 5, 6, 7):
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '€')), repr(s.rjust(w, '😀')))
for s in ['42', '-42', '+42', '', '-', '+', 'abc', '--1', 'é1', '-é', '3.14', '-0']:
    print(repr(s), repr(s.zfill(0)), repr(s.zfill(3)), repr(s.zfill(6)))
show('center fill two', lambda: 'a'.center(5, 'ab'))
show('ljust fill empty', lambda: 'a'.ljust(5, ''))
show('rjust fill int', lambda: 'a'.rjust(5, 1))
show('center float', lambda: 'a'.center(5.0))
show('center no args', lambda: 'a'.center())
show('zfill str', lambda: 'a'.zfill('5'))
show('zfill none', lambda: 'a'.zfill(None))
show('ljust bytes fill', lambda: 'a'.ljust(3, b'x'))
show('huge width', lambda: 'a'.ljust(2**70))
class S(str):
    pass
print(type(S('abc').center(2)).__name__, type(S('abc').center(10)).__name__, type(S('12').zfill(1)).__name__, type(S('12').zfill(5)).__name__)
s = 'abc'
print(s.center(3) is s, s.ljust(1) is s, s.rjust(0) is s, s.zfill(2) is s)
