# dict.copy and dict.clear
d = {"a": [1], "b": {"c": 2}}
c = d.copy()
print(c, c == d, c is d, c["a"] is d["a"])
c["a"].append(2)
c["z"] = 0
print(d, c)
class D(dict):
    pass
s = D(x=1)
sc = s.copy()
print(type(sc).__name__, sc)
import copy
print(type(copy.copy(s)).__name__, copy.copy(s))
e = {}
for i in range(100):
    e[i] = i
for i in range(90):
    del e[i]
ec = e.copy()
print(ec, list(ec) == list(e))
print(d.clear(), d, len(d))
d.clear()
print(d)
d["new"] = 1
print(d)
try:
    d.copy(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    d.clear(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
# clear during views
big = dict.fromkeys(range(5))
k = big.keys()
v = big.values()
it = iter(big.items())
big.clear()
print(len(k), list(v), k)
try:
    next(it)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
# copy of a dict preserves order after deletions
o = {3: "c", 1: "a", 2: "b"}
del o[1]
o[1] = "a2"
print(o.copy(), dict(o))
print(dict.copy({1: 2}))
try:
    dict.copy([1])
except TypeError as ex:
    print(type(ex).__name__, ex)
