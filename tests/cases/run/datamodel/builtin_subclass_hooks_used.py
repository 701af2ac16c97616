# Which overridden methods of built-in subclasses the built-in operations call.
import math

class L(list):
    def __iter__(self): print(" L.__iter__"); return super().__iter__()
    def __len__(self): print(" L.__len__"); return super().__len__()
    def __getitem__(self, i): print(" L.__getitem__", i); return super().__getitem__(i)
l = L([1, 2])
print("for:"); [None for x in l]
print("list():", list(l))
print("tuple():", tuple(l))
m = []; m.extend(l); print("extend:", m)
print("star:", [*l])
print("sorted:", sorted(l))
print("sum:", sum(l))
print("set:", set(l))
a, b = l; print("unpack:", a, b)
print("len:", len(l))
print("bool:", bool(l))
print("index:", l[0])
print("eq/add:", l == [1, 2], l + [3], [0] + l, 1 in l)

class D(dict):
    def __getitem__(self, k): print(" D.__getitem__", k); return super().__getitem__(k)
    def __iter__(self): print(" D.__iter__"); return super().__iter__()
    def keys(self): print(" D.keys"); return super().keys()
    def __len__(self): print(" D.__len__"); return super().__len__()
    def items(self): print(" D.items"); return super().items()
d = D(a=1)
print("dict():", dict(d))
print("{**}:", {**d})
x = {}; x.update(d); print("update:", x)
print("get:", d.get("a"))
print("list:", list(d))
def f(**kw): return kw
print("call **:", f(**d))
print("D(d):", D(d))
print("copy:", d.copy(), type(d.copy()).__name__)
print("or:", d | {"b": 2}, type(d | {}).__name__)
print("ror:", {"z": 0} | d)
print("empty copy:", D().copy())

class D2(dict):
    def keys(self): print(" D2.keys"); return ["a"]
    def __getitem__(self, k): print(" D2.__getitem__", k); return 99
d2 = D2(a=1)
print("D2 copy:", d2.copy(), dict(d2), {**d2}, d2 | {})

class F(float):
    def __float__(self): return 1.0
    def __int__(self): return 2
    def __round__(self, n=None): return "F.round"
    def __repr__(self): return "F.repr"
fv = F(3.5)
print(float(fv), int(fv), round(fv), math.floor(fv), fv + 1, str(fv), f"{fv}", "%f" % fv)
print(math.sqrt(fv), fv.is_integer(), fv.hex(), [fv], complex(fv))
class F2(float):
    def __float__(self): return "bad"
try:
    float(F2(1.0))
except TypeError as e:
    print(type(e).__name__, e)
print(math.sqrt(F2(4.0)), F2(2.0) * 2)
class F3(float): pass
print(float(F3(2.5)), type(float(F3(2.5))).__name__)

class I(int):
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 5.0
    def __bool__(self): return False
i = I(10)
print(int(i), float(i), bool(i), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][i], hex(i), "%d" % i, range(i))
print(i + 1, math.floor(i), math.sqrt(i), pow(i, 2), "ab" * i if False else "", operator_index := i.__index__())
import operator
print(operator.index(i), type(operator.index(i)).__name__, "x" * I(2))

class S(str):
    def __str__(self): return "S.str"
    def __len__(self): return 99
    def __iter__(self): return iter("xyz")
    def __getitem__(self, k): return "G"
s = S("abc")
print(str(s), f"{s}", "%s" % s, len(s), list(s), s[0], "".join(s), "abc" + s, s + "d", s.upper())
print(s.split("b"), "-".join([s, s]), s.encode(), s * 2, repr(s), s in "xabcx", "b" in s)
