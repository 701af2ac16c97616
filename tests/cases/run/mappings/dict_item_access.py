# subscripting, assignment, deletion and containment
d = {"a": 1, (1, 2): "t", 3: [3], None: "none", frozenset(): "fs"}
print(d["a"], d[(1, 2)], d[3], d[None], d[frozenset()], d[3.0])
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e), str(e))
err(lambda: d["zz"])
err(lambda: d[(1, 3)])
err(lambda: d[()])
err(lambda: d[(5,)])
err(lambda: d[None, None])
err(lambda: d[""])
err(lambda: d[[1]])
def delete(k):
    del d[k]
err(lambda: delete("nope"))
err(lambda: delete(()))
err(lambda: delete([]))
delete("a")
print(d)
def setitem(k, v):
    d[k] = v
err(lambda: setitem({}, 1))
setitem("b", 2)
setitem(3, "three")
print(d, len(d))
print("b" in d, "a" in d, 3.0 in d, (1, 2) in d, [1] not in [d])
err(lambda: [] in d)
err(lambda: {} in d)
print(d.__contains__("b"), d.__getitem__("b"), d.__len__())
d.__setitem__("c", 4)
d.__delitem__("b")
print(d)
err(lambda: d.__getitem__())
err(lambda: d.__setitem__(1))
err(lambda: d.__delitem__("gone"))
err(lambda: dict.__getitem__([], 1))
err(lambda: dict.__setitem__({}, [], 1))
# KeyError keeps the key object itself
try:
    d[(1, 2, 3)]
except KeyError as e:
    print(e.args, type(e.args[0]).__name__)
try:
    {}[KeyError("inner")]
except KeyError as e:
    print(repr(e), e.args[0].__class__.__name__)
# keys that are classes, functions, modules
import math
m = {int: "int", len: "len", math: "math"}
print(m[int], m[len], m[math], type in m)
# None, Ellipsis, NotImplemented as keys
e = {None: 0, ...: 1, NotImplemented: 2}
print(e[None], e[...], e[NotImplemented], len(e))
# deleting during building
f = {i: i for i in range(5)}
del f[0], f[4]
print(f)
f[0] = "readded"
print(list(f.items()))
