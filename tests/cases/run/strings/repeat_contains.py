# str * int and the in operator
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for s in ['', 'a', 'ab', 'é', '😀x']:
    for n in (-2, 0, 1, 3):
        print(repr(s), n, repr(s * n), repr(n * s))
show('mul float', lambda: 'a' * 2.0)
show('mul str', lambda: 'a' * 'b')
show('mul none', lambda: 'a' * None)
show('rmul list', lambda: [1] * 'a')
show('mul bool', lambda: 'ab' * True)
class I:
    def __index__(self):
        return 3
show('mul index', lambda: 'ab' * I())
show('rmul index', lambda: I() * 'ab')
show('imul', lambda: (lambda s: (s.__imul__ if hasattr(s, '__imul__') else None))('x'))
s = 'ab'
t = s
s *= 2
print(s, t, s is t)
x = 'ab'
print(x * 1 is x, 1 * x is x, (x * 1) == 'ab', x * 0 == '')
for needle in ['', 'a', 'é', '😀', 'bc', 'xyz', 'aé€😀', 'aé€😀!']:
    print(repr(needle), needle in 'aé€😀bc', needle not in 'aé€😀bc', needle in '')
show('in int', lambda: 1 in 'abc')
show('in none', lambda: None in 'abc')
show('in bytes', lambda: b'a' in 'abc')
show('in list', lambda: ['a'] in 'abc')
show('contains method', lambda: 'abc'.__contains__('b'))
show('contains method bad', lambda: 'abc'.__contains__(2))
class S(str):
    def __contains__(self, item):
        return 'custom'
show('subclass contains', lambda: 'x' in S('abc'))
print('ab' in ['ab'], 'a' in ('ab',), 'b' in {'ab': 1})
