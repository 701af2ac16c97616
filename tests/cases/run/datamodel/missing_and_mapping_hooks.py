# dict subclasses: __missing__, and which mapping methods consult it.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Default(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        return key * 2

d = Default(a=1)
print(d["a"], d["zz"], "zz" in d)
print(d.get("q"), d.get("q", "dflt"), d.setdefault("s", 5), d.pop("nope", None))
err(lambda: d.pop("nope"))
err(lambda: d.popitem() and d.popitem() and d.popitem())
print(dict.__getitem__(Default(), 3) if False else "skip")
err(lambda: dict.__getitem__(Default(), 3))

class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError("custom " + str(key))
err(lambda: MissingRaises()["x"])

class MissingNotCallable(dict):
    __missing__ = 5
err(lambda: MissingNotCallable()["x"])

class MissingNone(dict):
    __missing__ = None
err(lambda: MissingNone()["x"])

# __missing__ on the instance is ignored
plain = type("P", (dict,), {})()
plain.__missing__ = lambda k: "inst"
err(lambda: plain["x"])

# __missing__ defined on a non-dict class has no effect
class NotDict:
    def __missing__(self, k): return "never"
    def __getitem__(self, k): raise KeyError(k)
err(lambda: NotDict()["x"])

# format_map and str.format use __getitem__ (and so __missing__)
class Fmt(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(Fmt(a=1)))
print("%(a)s %(c)s" % Fmt(a=2))
err(lambda: "{a} {b}".format(**Fmt(a=1)))

# collections.defaultdict and Counter use __missing__
import collections
dd = collections.defaultdict(list)
dd["k"].append(1)
print(dict(dd), dd.default_factory is list)
dd2 = collections.defaultdict(None)
err(lambda: dd2["x"])
print(dd.__missing__("new"), dict(dd))
cnt = collections.Counter("aab")
print(cnt["a"], cnt["z"], "z" in cnt)

# a ChainMap-like class via __missing__
class Chain(dict):
    def __init__(self, *maps):
        super().__init__(maps[0])
        self.rest = maps[1:]
    def __missing__(self, key):
        for m in self.rest:
            if key in m:
                return m[key]
        raise KeyError(key)
c = Chain({"a": 1}, {"b": 2}, {"c": 3})
print(c["a"], c["b"], c["c"])
err(lambda: c["d"])

# subclass overriding __getitem__ and defining __missing__: __missing__ only via dict.__getitem__
class Both(dict):
    def __getitem__(self, k):
        print("own getitem", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        return "missing " + k
b = Both()
print(b["x"])
