# __missing__: which operations consult it
class M(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        return "default:" + str(key)
m = M(a=1)
print(m["a"], m["b"])
print("b" in m, m.get("b"), m.get("b", 0), len(m))
print(m.setdefault("c", 3), m)
print(m.pop("zz", "popdflt"))
try:
    m.pop("zz")
except KeyError as e:
    print("pop KeyError", e)
try:
    del m["zz"]
except KeyError as e:
    print("del KeyError", e)
print(dict.__getitem__(m, "a"))
try:
    dict.__getitem__(m, "q")
except KeyError as e:
    print("dict.__getitem__ KeyError", e)
print(m.__getitem__("q"))
print({**m}, dict(m), m.copy(), type(m.copy()).__name__)
print(list(m.values()), m == {"a": 1, "c": 3})
# __missing__ that raises
class R(dict):
    def __missing__(self, key):
        raise LookupError("custom " + str(key))
try:
    R()["x"]
except LookupError as e:
    print(type(e).__name__, e)
# __missing__ storing the value
class Store(dict):
    def __missing__(self, key):
        self[key] = v = len(self)
        return v
s = Store()
print(s["x"], s["y"], s["x"], s)
# __missing__ set on an instance is ignored
class Plain(dict):
    pass
p = Plain()
p.__missing__ = lambda k: "instance"
try:
    p["k"]
except KeyError as e:
    print("instance __missing__ ignored", e)
# __missing__ added to the class later
Plain.__missing__ = lambda self, k: "added later"
print(p["k"])
del Plain.__missing__
try:
    p["k"]
except KeyError as e:
    print("removed again", e)
# __missing__ as a non-callable
class NC(dict):
    __missing__ = 5
try:
    NC()["x"]
except TypeError as e:
    print(type(e).__name__, e)
# plain dict has no __missing__
print(hasattr(dict, "__missing__"), hasattr(M, "__missing__"))
# format_map uses __getitem__ and so __missing__
print("{a} {zz}".format_map(M(a="A")))
# collections.defaultdict
import collections
dd = collections.defaultdict(list)
dd["x"].append(1)
print(dd, dd.get("y"), "y" in dd, dd.__missing__("z"), dict(dd))
try:
    collections.defaultdict()["k"]
except KeyError as e:
    print("no factory", e)
# operator.getitem and subscripts in comprehensions
import operator
print(operator.getitem(M(), 7), [M()[i] for i in range(2)])
