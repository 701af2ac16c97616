import functools
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Num({self.v})'
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.v + o.v)
        if isinstance(o, int): return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd called')
        return self + o
    def __sub__(self, o): return NotImplemented
    def __index__(self): return self.v
    def __round__(self, n=None): return Num(round(self.v, n))
    def __divmod__(self, o): return (self.v // o, self.v % o)
    def __pow__(self, e, mod=None): return Num(pow(self.v, e, mod))
    def __neg__(self): return Num(-self.v)
    def __invert__(self): return Num(~self.v)
    def __matmul__(self, o): return 'matmul'
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)))
try:
    Num(1) - Num(2)
except TypeError as e:
    print(e)
try:
    Num(1) + 'x'
except TypeError as e:
    print(e)
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), round(Num(2)), divmod(Num(7), 2), pow(Num(2), 10, 1000), -Num(3), ~Num(0), Num(1) @ Num(2))
print(range(10)[Num(2):Num(5)], 'abcdef'[Num(1)])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([1, 2])))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class Empty:
    def __len__(self): return 0
class Truthy:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Empty()), bool(Truthy()), not Empty(), [] or 'default', 0 and 1)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)], key=lambda x: x)[0].v)
def side(x):
    print('side', x)
    return x
print(side(1) < side(2) < side(3), side(3) < side(2) < side(1))
class R:
    def __eq__(self, o):
        print('R.eq')
        return NotImplemented
class S2(R):
    def __eq__(self, o):
        print('S2.eq')
        return True
print(R() == S2(), S2() == R(), R() == R())
x = [1, 2]
y = x
x += [3]
print(y, x is y)
t = (1, 2)
t2 = t
t += (3,)
print(t2, t is t2)
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
ia = IAdd(); ia += 5; ia += 6
print(ia.items)
print((n := 10) + n, [y := 5, y ** 2])
if (m := len('hello')) > 3:
    print('long', m)
print([j for i in range(3) if (j := i * 2) > 0])
a, *b, c = range(6)
print(a, b, c)
[p, q], r = 'ab', 'c'
print(p, q, r)
for i, (k, v) in enumerate({'x': 1}.items()):
    print(i, k, v)
print(*range(3), sep=', ', end='!\n')
print(f"{'nested {}'.format(1)!r:>20}", f"{3.14159:{'.'}{2}f}", f"{{}}{1}", f"{'a' if True else 'b'}")
def kwonly(a, /, b, *, c=3, **rest): return (a, b, c, rest)
print(kwonly(1, 2), kwonly(1, b=2, c=4, d=5))
try:
    kwonly(a=1, b=2)
except TypeError as e:
    print(e)
def defaults(x, lst=[]):
    lst.append(x)
    return lst
print(defaults(1), defaults(2))
g = (i * i for i in range(3))
print(next(g), list(g), list(g))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', range(2))), list(map(pow, [2, 3], [2, 2])))
print(sorted({'b': 2, 'a': 3}, key=lambda k: -{'b': 2, 'a': 3}[k]), max('abc', key=ord), min([], default='none'))
print(isinstance(1, (str, (int, float))), type(1) is int, int.__name__, (1).__class__.__mro__)
print(0.1 + 0.2 == 0.3, abs(-0.0), -0.0, 1e300 * 1e10, float('-inf') < 0, 5 // 0.5, 7.5 % 2, -7.5 % 2, 2 ** 0.5, 10 / 3)
print(int(3.99), int(-3.99), round(-2.5), round(0.125, 2), round(1e15 + 0.5), 1_000_000, 0o17, 0xff, 0b11, 1e-5, 123456789.123456789)
print(str(1e16), str(1e-7), repr(0.1), 3.0, 2.5e-3, float('1e400'), -1e400, 1.0 / 3 * 3)
