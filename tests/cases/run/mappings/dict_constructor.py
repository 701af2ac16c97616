# every form of the dict constructor
print(dict(), dict({}), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1)], a=3))
print(dict(zip(range(3), "abc")), dict(enumerate("xy")))
print(dict({1: 2}.items()), dict(((i, i * i) for i in range(4))))
print(dict(**{"k": "v"}), dict({"x": 1}, **{"y": 2}))
class Map:
    def keys(self):
        return iter(["p", "q"])
    def __getitem__(self, k):
        return ord(k)
print(dict(Map()), dict(Map(), r=1))
import collections
print(dict(collections.OrderedDict([("z", 1), ("a", 2)])))
print(dict(collections.Counter("abca")))
print(dict(collections.defaultdict(int, {"d": 4})))
print(dict(collections.ChainMap({"a": 1}, {"b": 2, "a": 3})))
import types
print(dict(types.MappingProxyType({"m": 1})))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: dict(1))
err(lambda: dict([1, 2]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict(["a"]))
err(lambda: dict(["abc"]))
err(lambda: dict({}, {}))
err(lambda: dict(1, 2, 3))
err(lambda: dict(**{1: 2}))
err(lambda: dict([([], 1)]))
err(lambda: dict([{1, 2}]))
print(dict([{1, 2}].__iter__()) if False else "ok")
print(dict([b"ab", "cd", (1, 2), [3, 4]]))
# dict() called on an existing dict copies
src = {"a": [1]}
cp = dict(src)
print(cp is src, cp == src, cp["a"] is src["a"])
# __init__ may be called again to update
d = {"a": 1}
d.__init__({"b": 2}, c=3)
print(d)
d.__init__()
print(d)
class Sub(dict):
    pass
print(Sub(a=1), type(Sub(a=1)).__name__, Sub([(1, 2)]))
print(dict(Sub(z=0)), type(dict(Sub(z=0))).__name__)
print(dict.__new__(dict), dict.__new__(Sub))
err(lambda: dict.__new__(int))
err(lambda: dict.__new__(list))
# keyword arguments keep their order
print(dict(z=1, y=2, x=3))
print(list(dict(c=1, a=2, b=3).keys()))
