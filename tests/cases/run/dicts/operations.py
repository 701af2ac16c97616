d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.pop("a"), d, "b" in d)
d.update({"x": 9}, y=8)
print(d, sorted(d))
print(d.setdefault("q", []), d)
del d["q"]
print({k: v for k, v in sorted(d.items())})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print(dict(a=1, b=2), dict([("x", 1)]), dict(zip("ab", [1, 2])))
print({1: "a", True: "b", 1.0: "c"})
m = {**d, "new": 1}
print(m)
print(d | {"z": 0})
e = {}
for w in "the quick the lazy the end".split():
    e[w] = e.get(w, 0) + 1
print(e)
print(list(reversed(e)), e.popitem(), e.copy())
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"])
print({(1, 2): "t"}[(1, 2)])
try:
    {[1]: 2}
except TypeError as e:
    print(e)
