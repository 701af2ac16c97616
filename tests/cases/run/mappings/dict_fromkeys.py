# dict.fromkeys on dict and subclasses
print(dict.fromkeys("abc"))
print(dict.fromkeys(range(4), 0))
print(dict.fromkeys([], 1), dict.fromkeys(()))
v = []
d = dict.fromkeys("xy", v)
d["x"].append(1)
print(d, d["x"] is d["y"])
print(dict.fromkeys({"b": 1, "a": 2}), dict.fromkeys({"q": 0}, "v"))
print(dict.fromkeys([1, 1.0, True, 2]))
print({}.fromkeys("ab", 0))
print(dict.fromkeys(frozenset([5])), dict.fromkeys({7}))
class D(dict):
    pass
r = D.fromkeys("ab", 1)
print(type(r).__name__, r)
class Logging(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
r = Logging.fromkeys("pq", 2)
print(type(r).__name__, r)
class WithInit(dict):
    def __init__(self, *a, **kw):
        print("init", a, kw)
        super().__init__(*a, **kw)
r = WithInit.fromkeys([1, 2])
print(type(r).__name__, r)
class NotDict:
    def __init__(self):
        self.store = {}
    def __setitem__(self, k, v):
        self.store[k] = v
class ReturnsOther(dict):
    def __new__(cls, *a):
        print("new", cls.__name__)
        return NotDict()
r = ReturnsOther.fromkeys("ab", 3)
print(type(r).__name__, r.store)
raw = dict.__dict__["fromkeys"]
print(type(raw).__name__)
try:
    raw(NotDict, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raw.__get__(None, NotDict)
except TypeError as e:
    print(type(e).__name__, e)
print(raw.__get__(None, D)("z"), type(raw.__get__(None, D)("z")).__name__)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: dict.fromkeys())
err(lambda: dict.fromkeys(1))
err(lambda: dict.fromkeys([[]]))
err(lambda: dict.fromkeys("a", 1, 2))
err(lambda: dict.fromkeys(None))
class NoSetitem(dict):
    def __new__(cls):
        return 5
err(lambda: NoSetitem.fromkeys("ab"))
print(dict.fromkeys(iter([3, 1, 2]), None))
print(list(dict.fromkeys("mississippi")))
