# namedtuple from CPython's collections.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, p.x + p.y, p[0], tuple(p), p._asdict())
print(p._replace(x=10), Point._make([5, 6]), Point._fields, Point.__doc__)
print(Point.x.__doc__, isinstance(p, tuple), p == (3, 4), hash(p) == hash((3, 4)))
Person = namedtuple("Person", ["name", "age", "city"], defaults=["Paris"])
print(Person("Ann", 30), Person._field_defaults)
R = namedtuple("R", "def class ok", rename=True)
print(R._fields, R(1, 2, 3))
x, y = p
print(x, y)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(Vec(3, 4)), Vec(1, 2))
for bad in [("1abc",), ("a", "a")]:
    try:
        namedtuple("T", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
print(Point.__module__, Person.__name__, Point.__new__.__doc__)
