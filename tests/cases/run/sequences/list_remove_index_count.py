# list.remove, list.index (with start/stop), list.count
xs = [1, 2, 3, 2, 1, 2.0, True, "2", None]
print(xs.count(2), xs.count(1), xs.count("2"), xs.count(None), xs.count(7))
print(xs.index(2), xs.index(2, 2), xs.index(2, 4), xs.index(1, -5), xs.index(None, -1))
print(xs.index(2, -100), xs.index(3, 0, 3), xs.index(2, 2, -1))
for args in ((2, 6), (3, 3), (3, 0, 2), (99,), (1, 100), (2, 6, 5), (2, -1)):
    try:
        print(xs.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in (("a", "b"), (1, 2.5), (1, None, None), (1, 0, "x")):
    try:
        print(xs.index(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    xs.index()
except TypeError as e:
    print(type(e).__name__, e)
print(xs.index(1, 2**80 * -1), "big negative start")
try:
    xs.index(1, 2**80)
except ValueError as e:
    print(type(e).__name__, e)

ys = [3, 1, 4, 1, 5, 9, 2, 6]
ys.remove(1)
print(ys)
ys.remove(1)
print(ys)
for missing in (1, "x", None):
    try:
        ys.remove(missing)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ys.remove()
except TypeError as e:
    print(type(e).__name__, e)

class Eq:
    def __init__(self, tag):
        self.tag = tag
        self.calls = 0
    def __eq__(self, other):
        self.calls += 1
        return other == "match"
    def __repr__(self):
        return "Eq(%s)" % self.tag
e = Eq("a")
zs = ["no", "nope", "match", "match"]
print(zs.index(e), zs.count(e), e.calls)
zs.remove(e)
print(zs)

class Raises:
    def __eq__(self, other):
        raise KeyError("eq failed")
for meth in ("index", "count", "remove"):
    try:
        getattr([1, 2], meth)(Raises())
    except KeyError as e:
        print(meth, type(e).__name__, e)

nan = float("nan")
ns = [nan, 1.0]
print(ns.count(nan), ns.index(nan), nan in ns, float("nan") in ns)
ns.remove(nan)
print(ns)
