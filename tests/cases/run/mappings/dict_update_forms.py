# dict.update with mappings, iterables, keyword arguments and its errors
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update((("e", 5),), f=6)
d.update(g=7, a=0)
d.update()
print(d)
d.update(iter([("h", 8)]))
d.update(zip("ij", (9, 10)))
d.update(["xy", b"zw"])
print(d)
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d2 = {}
d2.update(KeysOnly())
print(d2)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: {}.update([(1, 2, 3)]))
err(lambda: {}.update([(1, 2), (1,)]))
err(lambda: {}.update([1]))
err(lambda: {}.update([(1, 2), 5]))
err(lambda: {}.update(["abc"]))
err(lambda: {}.update(5))
err(lambda: {}.update(None))
err(lambda: {}.update({}, {}))
err(lambda: {}.update([([], 1)]))
err(lambda: {}.update({1: 2}.items(), x=[]) )
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict([1]))
err(lambda: dict(5))
err(lambda: dict({}, {}))
err(lambda: dict([[1, 2], [3]]))
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k
err(lambda: {}.update(BadKeys()))
class RaisingGetitem:
    def keys(self):
        return [1, 2]
    def __getitem__(self, k):
        raise LookupError("no " + str(k))
err(lambda: {}.update(RaisingGetitem()))
# update with self
s = {1: 2}
s.update(s)
print(s)
s.update(s.items())
print(s)
# update partially applied on error
p = {}
try:
    p.update([(1, 2), (3, 4), (5,)])
except ValueError as e:
    print(e)
print(p)
# kwargs override positional
q = {}
q.update({"a": 1}, a=2)
print(q)
# iterable of generators
q.update((k, len(k)) for k in ["aa", "bbb"])
print(q)
print(d.update({}) is None)
