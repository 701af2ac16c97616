# views follow the dict as it changes
d = {"a": 1}
k, v, i = d.keys(), d.values(), d.items()
print(list(k), list(v), list(i), len(k))
d["b"] = 2
print(list(k), list(v), list(i), len(k), "b" in k, 2 in v, ("b", 2) in i)
d["a"] = 10
print(list(v), ("a", 1) in i, ("a", 10) in i)
del d["a"]
print(k, v, i)
d.clear()
print(k, v, i, len(i), bool(k))
d.update(x=1, y=2, z=3)
print(k == {"x", "y", "z"}, sorted(k & {"y"}), list(reversed(i)))
pairs = list(zip(d.keys(), d.values()))
print(pairs == list(d.items()))
for n, (key, val) in enumerate(d.items()):
    d[key] = val * 100 + n
print(d)
for key in d.keys():
    pass
print(key)
e = {}
ek = e.keys()
for j in range(100):
    e[j] = j
print(len(ek), 99 in ek, sum(e.values()))
for j in range(95):
    del e[j]
print(list(ek), list(e.values()))
vi = iter(d.values())
print(next(vi))
d["w"] = 0
try:
    next(vi)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
m = d.keys().mapping
d["new"] = 1
print("new" in m, len(m))
del d
print(list(m)[:2], k.mapping["x"])
