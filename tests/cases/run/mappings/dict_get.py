# dict.get in all its forms and argument errors
d = {"a": 1, "b": None, 3: "three", (1, 2): "tuple"}
print(d.get("a"), d.get("b"), d.get("b", "dflt"), d.get("zz"), d.get("zz", 0))
print(d.get(3), d.get(3.0), d.get(True), d.get((1, 2)), d.get((1, 2.0)))
print(d.get(key="a") if False else "kw skipped")
for args in [(), ("a", 1, 2)]:
    try:
        d.get(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d.get(key="a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get({1}, 5)
except TypeError as e:
    print(type(e).__name__, e)
# get does not call __missing__
class M(dict):
    def __missing__(self, k):
        return "missing-" + str(k)
m = M(x=1)
print(m.get("y"), m["y"], m.get("x"), m.get("y", 7))
# get on empty dicts
print({}.get(1), {}.get(1, 2))
e = {}
for i in range(10):
    e[i] = i * i
print([e.get(i, -1) for i in range(-2, 12)])
print(dict.get(e, 3), dict.get(e, 99, "no"))
try:
    dict.get([], 1)
except TypeError as e:
    print(type(e).__name__, e)
# nan keys: identity is found, a different nan is not
nan = float("nan")
dn = {nan: "n"}
print(dn.get(nan), dn.get(float("nan")))
print(d.get.__name__, d.get.__qualname__)
