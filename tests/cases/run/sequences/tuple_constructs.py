# tuple displays, packing, star-unpacking and subclass behaviour
a = 1, 2, 3
b = (*a, 4)
c = (*range(2), *"ab", *b"\x01", *[None])
print(a, b, c, (), (1,), (*(),), tuple(a) is a)
x, *y = a
print(x, y, type(y).__name__)
d = [*a, *a]
print(d, {*a}, {**{"k": 1}, "j": 2})
def f(*args):
    return args
print(f(*a), f(*[]), f(*range(3), *"x"), type(f()).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % self
p = Point(1, 2)
print(p, p.x, p[1], len(p), p + (3,), type(p + (3,)).__name__, p * 2, type(p[:1]).__name__, p == (1, 2), hash(p) == hash((1, 2)))
print(isinstance(p, tuple), tuple(p), type(tuple(p)).__name__, p.count(1), p.index(2))
class Tagged(tuple):
    pass
t = Tagged([1, 2])
t.tag = "attr"
print(t, t.tag, type(t).__name__, repr(t), t.__getnewargs__())
try:
    ().tag = 1
except AttributeError as e:
    print(type(e).__name__, e)
import collections
P = collections.namedtuple("P", "x y")
pt = P(1, y=2)
print(pt, pt.x, pt._replace(x=5), pt._asdict(), tuple(pt), pt + (3,), pt == (1, 2))
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
print(tuple.__new__(tuple, [1]), tuple.__new__(Tagged, "ab"))
try:
    tuple.__new__(list)
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)))
(a1, a2), (b1, (c1, c2)) = nested
print(a1, a2, b1, c1, c2)
print((1, 2) + (3,) * 2, (0,) * 5, len(((),) * 3))
print(max((1, 2), (1, 3)), min([(2, "a"), (1, "z")]), sorted([(1, 2), (0, 5)])[0])
print(tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))), tuple(enumerate("ab")))
