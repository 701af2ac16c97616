# types.MappingProxyType: a read-only view of a mapping
from types import MappingProxyType as MP
d = {"a": 1, "b": 2}
p = MP(d)
print(p, repr(p), len(p), p["a"], p.get("z"), p.get("z", 0), "a" in p, list(p), list(reversed(p)))
print(p.keys(), p.values(), p.items(), p.copy(), type(p.copy()).__name__)
d["c"] = 3
print(p, p == d, p != {}, p == MP(d))
print(p | {"d": 4}, type(p | {"d": 4}).__name__, {"z": 0} | p)
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def setit():
    p["x"] = 1
err(setit)
def delit():
    del p["a"]
err(delit)
err(lambda: p.pop("a"))
err(lambda: p.update({}))
err(lambda: p.clear())
err(lambda: p["missing"])
err(lambda: MP([1, 2]))
err(lambda: MP(5))
err(lambda: MP())
err(lambda: hash(p))
def ior():
    global p
    p |= {"q": 1}
err(ior)
err(lambda: p < p)
class M(dict):
    def __missing__(self, k):
        return "missing " + k
pm = MP(M(x=1))
print(pm["x"], pm["y"], pm.get("y"))
import collections
import collections.abc
print(MP(collections.OrderedDict(b=1, a=2)), MP(collections.ChainMap({"k": 1})) ["k"])
class Cls:
    x = 1
cd = Cls.__dict__
print(type(cd).__name__, cd["x"], "x" in cd, "__module__" in cd)
err(lambda: cd.__setitem__("y", 2))
print(type(p).__name__, isinstance(p, collections.abc.Mapping), isinstance(p, collections.abc.MutableMapping))
print(sorted(p.keys() & {"a", "z"}), sorted(p.items())[:1], str(p) == repr(p))
print(MP(MP(d)), MP({}) == {}, bool(MP({})), bool(p))
print(p.__class_getitem__ is not None if hasattr(p, "__class_getitem__") else "no class_getitem")
it = iter(p)
print(next(it), type(it).__name__)
