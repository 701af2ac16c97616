# gc tracking of dicts, sets and their contents
import gc
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": "b", 1: 2.5}), gc.is_tracked({"a": []}))
print(gc.is_tracked({1: (1, 2)}), gc.is_tracked({1: None}), gc.is_tracked({(): 1}))
d = {"x": 1}
print(gc.is_tracked(d))
d["l"] = []
print(gc.is_tracked(d))
del d["l"]
print(gc.is_tracked(d))
e = {}
e[1] = {}
print(gc.is_tracked(e), gc.is_tracked(e[1]))
print(gc.is_tracked(set()), gc.is_tracked({1}), gc.is_tracked(frozenset()), gc.is_tracked(frozenset([1])))
print(gc.is_tracked(dict.fromkeys(range(5))), gc.is_tracked(dict(a=1)), gc.is_tracked({**{"a": 1}}))
print(gc.is_tracked({i: i for i in range(3)}), gc.is_tracked(dict(zip("ab", "cd"))))
print(gc.is_tracked({"a": 1}.copy()), gc.is_tracked({"a": []}.copy()))
f = {"k": 1}
f.update({"m": object()})
print(gc.is_tracked(f))
g = {"k": 1}
g.setdefault("z", [])
print(gc.is_tracked(g))
# reference cycles through dicts and sets are collected
class Node:
    pass
gc.collect()
n = Node()
n.d = {"self": n}
import weakref
w = weakref.ref(n)
del n
print(gc.collect() > 0, w() is None)
h = {}
h["h"] = h
wh = []
del h
print(gc.collect() >= 1)
class Holder:
    def __hash__(self):
        return 1
s = set()
hold = Holder()
hold.s = s
s.add(hold)
wr = weakref.ref(hold)
del s, hold
gc.collect()
print(wr() is None)
print(gc.is_tracked({1: 1}.keys()), gc.is_tracked(iter({1: 1})))
