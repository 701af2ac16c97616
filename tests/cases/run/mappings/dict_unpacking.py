# ** unpacking in displays and calls
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, {**a, "y": 0}, {"y": 0, **a}, {**{}}, {**a, **a})
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: {**1})
err(lambda: {**[1, 2]})
err(lambda: {**None})
err(lambda: {"a": 1, **"str"})
class KeysMap:
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return k * 2
print({**KeysMap()}, {**KeysMap(), "k": 0})
class NoGetitem:
    def keys(self):
        return ["k"]
err(lambda: {**NoGetitem()})
def f(**kw):
    return kw
print(f(**a), f(**a, **{"w": 0}), f(q=1, **a))
err(lambda: f(**a, **b))
err(lambda: f(x=5, **a))
err(lambda: f(**{1: 2}))
err(lambda: f(**{"a": 1}, **{(1,): 2}))
err(lambda: f(**5))
err(lambda: f(**[("a", 1)]))
err(lambda: dict(**{"a": 1}, a=2))
err(lambda: dict(**a, **b))
def g(x, y):
    return x, y
print(g(**a))
err(lambda: g(**b))
err(lambda: g(1, **a))
print(f(**KeysMap()))
class KwMap(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, k):
        return "via getitem"
print(f(**KwMap(real=1)), {**KwMap(real=1)})
# set and iterable unpacking
s = {1, 2}
print({*s, *[2, 3]}, {*"ab", *b"a"} == {"a", "b", 97}, [*a], (*a.values(),), {*a.items()} == set(a.items()))
err(lambda: {*1})
err(lambda: {*[[1]]})
# dict comprehension evaluation order: key before value
order = []
def k(x):
    order.append(("k", x))
    return x
def v(x):
    order.append(("v", x))
    return x
print({k(i): v(i) for i in range(2)}, order)
order.clear()
print({k(1): v(1), k(2): v(2)}, order)
print({1: "a", 1: "b", True: "c"}, {1.0: 1, 1: 2})
