# WeakKeyDictionary: entries vanish with their keys.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"K({self.n})"


d = weakref.WeakKeyDictionary()
keys = [K(i) for i in range(4)]
for k in keys:
    d[k] = k.n * 10
print(len(d), sorted(d.values()))
del keys[0]
print(len(d), sorted(d.values()), keys[0] in d)
print(d[keys[1]], d.get(K(99), "none"))
print(sorted((k.n, v) for k, v in d.items()))
print(d.pop(keys[2]), len(d))
print(d.setdefault(keys[0], -1), d.setdefault(keys[0], -2))
print(len(d.keyrefs()), sorted(k.n for k in d.keys()))
c = d.copy()
keys.clear()
print(len(d), len(c))
try:
    weakref.WeakKeyDictionary({1: 2})
except TypeError as e:
    print("TypeError", e)
k1 = K(1)
d2 = weakref.WeakKeyDictionary({k1: "one"})
del d2[k1]
print(len(d2), k1 in d2, 5 in d2)
