# dict repr, including recursive structures
d = {}
d["self"] = d
print(d, repr(d), str(d))
l = [d]
d["list"] = l
print(d, l)
a, b = {}, {}
a["b"] = b
b["a"] = a
print(a, b)
print({1: "one", "two": 2, (3,): [3.0], None: None, b"x": {1, 2}, frozenset(): ...})
class R:
    def __repr__(self):
        return "R()"
print({R(): R()})
class Bad:
    def __repr__(self):
        raise ValueError("bad repr")
try:
    repr({1: Bad()})
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr({Bad(): 1})
except ValueError as e:
    print(type(e).__name__, e)
class NotStr:
    def __repr__(self):
        return 5
try:
    repr({1: NotStr()})
except TypeError as e:
    print(type(e).__name__, e)
# repr can mutate the dict
class Mutator:
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        self.d.clear()
        return "M"
m = {}
m[1] = Mutator(m)
m[2] = 2
print(repr(m))
class Sub(dict):
    pass
s = Sub(x=1)
s["s"] = s
print(s, repr(Sub()))
class SubRepr(dict):
    def __repr__(self):
        return "SubRepr" + dict.__repr__(self)
print(SubRepr(a=1), {"in": SubRepr()})
import collections
od = collections.OrderedDict()
od["me"] = od
print(od)
nested = {"k": [{"k2": ({"k3": d},)}]}
print(nested)
print(repr({"quote'": 'dq"', "\n": "\t"}))
deep = {}
cur = deep
for i in range(20):
    cur[i] = {}
    cur = cur[i]
print(deep)
