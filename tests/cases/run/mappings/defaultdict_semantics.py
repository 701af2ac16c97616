# collections.defaultdict as a dict subclass: copies, unions, pickling, __missing__
from collections import defaultdict
import copy, pickle
dd = defaultdict(list)
dd["a"].append(1)
print(dd, repr(dd), dd.default_factory, type(dd).__name__)
print(dd.copy(), type(dd.copy()).__name__, copy.copy(dd), copy.deepcopy(dd))
print(pickle.loads(pickle.dumps(dd)))
print(dd | {"b": 2}, type(dd | {"b": 2}).__name__, {"z": 0} | dd, type({"z": 0} | dd).__name__)
x = defaultdict(int)
x |= {"q": 1}
print(x, type(x).__name__)
print(defaultdict(None), defaultdict(), defaultdict(int, a=1), defaultdict(int, [("k", 2)]))
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: defaultdict(5))
err(lambda: defaultdict(None)["x"])
err(lambda: defaultdict(lambda: 1 / 0)["x"])
print(defaultdict.fromkeys("ab"), type(defaultdict.fromkeys("ab")).__name__, defaultdict.fromkeys("ab").default_factory)
r = defaultdict(list)
r["self"] = r
print(r)
print(dd.__reduce__()[0].__name__, dd.__reduce__()[1], dd.__missing__("new"), dd)
g = defaultdict(lambda: "v")
print(g.get("k"), "k" in g, g["k"], g.setdefault("z", 1), g.pop("k"), g)
class Sub(defaultdict):
    pass
s = Sub(int)
s["x"] += 1
print(s, repr(Sub()), Sub(list, a=[1]))
print(defaultdict(int) == {}, defaultdict(int, a=1) == {"a": 1})
print(isinstance(dd, dict), defaultdict.__mro__)
dd.default_factory = set
dd["s"].add(1)
print(dd)
err(lambda: setattr(dd, "default_factory", 5))
print(dd.default_factory)
