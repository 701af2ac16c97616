d = {"b": 1, "a": 2}
d["c"] = 3
print(list(d), list(d.values()), list(d.items()))
d.update(a=20, z=26)
print(d, d.pop("b"), d.pop("missing", "dflt"), d.setdefault("b", 5), d.get("nope"))
try:
    d.pop("missing")
except KeyError as e:
    print(repr(e))
print(d.popitem(), len(d))
keys = d.keys()
d["new"] = 1
print(keys, "new" in keys, keys & {"a", "x"}, keys | {"q"} >= {"q"}, d.items() - {("a", 20)})
print(dict.fromkeys("ab", 0), dict([("x", 1), ["y", 2]]), dict(zip("ab", range(2))))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
print({1: "int", 1.0: "float", True: "bool"})
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
kd = {K(1): "one", K(2): "two"}
print(kd[K(2)], len(kd))
m = {"x": 1} | {"y": 2}
m |= {"x": 10}
print(m, {"a": 1} == {"a": 1.0}, list(reversed({"p": 1, "q": 2})))
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
class Missing(dict):
    def __missing__(self, key):
        return f"missing {key}"
print(Missing()["x"], Missing().get("x"))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:3], big[999])
