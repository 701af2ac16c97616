# dict subclasses: __missing__, and which overrides dict's own methods honour.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Default(dict):
    def __missing__(self, key):
        print("  missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d)
err(lambda: d.pop("nope"))
err(lambda: d.setdefault("k", 1) and d)

class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for w in "a b a c a".split():
    c[w] += 1
print(sorted(c.items()))

class RaisesMissing(dict):
    def __missing__(self, key):
        raise LookupError("custom " + repr(key))
err(lambda: RaisesMissing()["x"])

class NotDict:
    def __missing__(self, key): return 1
    def __getitem__(self, k): raise KeyError(k)
err(lambda: NotDict()["x"])

class Instance(dict): pass
i = Instance()
i.__missing__ = lambda k: "instance-level"
err(lambda: i["x"])

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"], u.get("a"))
u.update(b=2)
print(u)
u2 = Upper({"c": 3})
print(u2, dict(u2), {**u2})
u.setdefault("d", 4)
print(sorted(u))

class Keys(dict):
    def keys(self): return ["x"]
    def __getitem__(self, k): return "overridden " + k
k = Keys(a=1)
print(dict(k), {**k}, dict(**k) if False else "")
def f(**kw): return kw
print(f(**k))
dd = {}
dd.update(k)
print(dd)

class Iter(dict):
    def __iter__(self): return iter(["fake"])
print(list(Iter(a=1)), dict(Iter(a=1)), list(Iter(a=1).keys()))

class Len(dict):
    def __len__(self): return 99
print(len(Len()), bool(Len()), repr(Len(a=1)))

class Eq(dict):
    def __eq__(self, o): return "custom eq"
print(Eq() == {}, {} == Eq())
print(type(Default(a=1) | {"b": 2}).__name__, type({"b": 2} | Default(a=1)).__name__)
print(type(Default(a=1).copy()).__name__, type(Default.fromkeys("ab")).__name__)
print(Default.fromkeys("ab", 0))
