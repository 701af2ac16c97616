# WeakValueDictionary: entries vanish with their values.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V({self.n})"


d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(5)]
for v in vals:
    d[v.n] = v
print(len(d), sorted(d))
del vals[1]
print(len(d), sorted(d), 1 in d, 2 in d)
print(d.get(1, "missing"), d[2])
try:
    d[1]
except KeyError as e:
    print("KeyError", e)
print(d.pop(2), sorted(d.keys()))
print(d.setdefault(7, vals[0]), sorted(d))
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(v.n for v in d.values()))
print(len(list(d.itervaluerefs())), len(d.valuerefs()))
copy = d.copy()
print(type(copy).__name__, sorted(copy))
vals.clear()
print(len(d), list(d), len(copy))
x = V(9)
d2 = weakref.WeakValueDictionary({"x": x})
d2.update(y=x)
print(sorted(d2), d2.popitem()[1] is x)
del x
print(len(d2))
print(repr(d2).startswith("<WeakValueDictionary at"))

# Keys removed while iterating are handled at the end of the iteration.
objs = [V(i) for i in range(3)]
d3 = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
for k in d3:
    if k == 0:
        del objs[:]
print(len(d3))
m = weakref.WeakValueDictionary()
a = V(1)
m |= {"a": a}
print(sorted(m), type(m | {"b": a}).__name__)
