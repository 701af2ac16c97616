# dict subclasses: views, iteration, equality, fromkeys and reprs.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class D(dict):
    def __repr__(self): return "D(" + super().__repr__() + ")"
d = D(b=2, a=1)
print(d, list(d.keys()), list(d.values()), list(d.items()), type(d.keys()).__name__)
print(d == {"b": 2, "a": 1}, {"a": 1, "b": 2} == d, d.keys() == {"a", "b"}, d.items() & {("a", 1)})
print(type(D.fromkeys("xy")).__name__, D.fromkeys("xy", 0), dict.fromkeys.__func__ if hasattr(dict.fromkeys, "__func__") else "")

class Init(dict):
    def __init__(self, *a, **k):
        print("Init.__init__", a, k)
        super().__init__(*a, **k)
print(Init.fromkeys("ab"))

class SetItem(dict):
    def __setitem__(self, k, v):
        print("SetItem.__setitem__", k, v)
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)
s = SetItem(a="x")
s["b"] = "y"
s.update(c="z")
s.setdefault("d", "w")
print(s, SetItem.fromkeys("pq", "v"))

# views reflect changes and are live
v = d.keys()
d["c"] = 3
print(len(v), "c" in v, list(reversed(v)), list(reversed(d.items())))
err(lambda: [k for k in d if d.pop(k, None) is not None])

# view set operations return sets
print(sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "q"}), d.keys().isdisjoint({"q"}))
print(d.keys().mapping, type(d.values().mapping).__name__, d.items().mapping == d)
err(lambda: d.values() == d.values())
err(lambda: d.values() | {1})

# ordering, popitem, comparison errors
print(d.popitem(), d)
err(lambda: d < {})
err(lambda: D() > D())
err(lambda: dict.popitem({}))
err(lambda: D().popitem())

# eq with subclass overriding __eq__
class AlwaysEq(dict):
    def __eq__(self, o): return True
    __hash__ = None
print(AlwaysEq() == {1: 2}, {1: 2} == AlwaysEq(), AlwaysEq() != {})

# keys() override used by dict(), update() and ** for non-dict mappings only when __iter__ differs
class KeysOnly:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k[::-1]
print(dict(KeysOnly()), D(KeysOnly()), {**KeysOnly()})
err(lambda: dict([1, 2]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict(5))
err(lambda: dict({}, {}))
print(dict([(1, 2)], a=3), dict(zip("ab", range(2))))
