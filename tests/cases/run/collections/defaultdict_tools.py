# _collections.defaultdict, _count_elements and _tuplegetter.
from _collections import defaultdict, _count_elements, _tuplegetter
import copy

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, len(dd), "c" in dd, dd.get("c"))
print(repr(defaultdict()), repr(defaultdict(None, {1: 2})), repr(defaultdict(int, a=1)))
counts = defaultdict(int)
for w in "the cat the hat the".split():
    counts[w] += 1
print(sorted(counts.items()))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError", e)
c = dd.copy()
c["z"].append(9)
print(type(c).__name__, c.default_factory is list, sorted(c), sorted(dd), copy.copy(dd) == dd)
print(dd.__reduce__()[:4], list(dd.__reduce__()[4]))
u = defaultdict(int, {1: 1}) | {2: 2}
print(u, type(u).__name__, {0: 0} | defaultdict(str, {1: 1}))
u |= {3: 3}
print(u)
print(dd.__missing__("new"), dd["new"])
dd.default_factory = None
try:
    dd.__missing__("k")
except KeyError as e:
    print("KeyError", e)
class Sub(defaultdict):
    pass
s = Sub(set)
s[1].add(2)
print(repr(s), isinstance(s, dict), defaultdict[int, str])
r = defaultdict(list)
r.default_factory = r.__getitem__
print(repr(r)[:28])

tally = {}
_count_elements(tally, "abracadabra")
print(tally)
class Counterish(dict):
    pass
ct = Counterish(a=10)
_count_elements(ct, "aab")
print(ct)
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
_count_elements(Logged(), "xx")
try:
    _count_elements({}, 5)
except TypeError as e:
    print("TypeError", e)

class Point(tuple):
    x = _tuplegetter(0, "the x")
    y = _tuplegetter(1, "the y")
p = Point((3, 4))
print(p.x, p.y, Point.x.__doc__, Point.__dict__["y"].__reduce__(), repr(Point.__dict__["x"]))
for action in (lambda: setattr(p, "x", 1), lambda: delattr(p, "x"), lambda: Point(()).x,
               lambda: Point.__dict__["x"].__get__([1, 2]), lambda: _tuplegetter("a", 1), lambda: _tuplegetter(1)):
    try:
        action()
    except (AttributeError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
