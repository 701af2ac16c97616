# In-place operators: __iXXX__, fallback to binary forms, NotImplemented.
class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        return "imul result"

a = Acc(1)
b = a
a += 5
print(a, a is b)
a -= 2
print(a, a is b)
a *= 3
print(a)

ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
class Every:
    pass
for op in ops:
    name = {"+=": "iadd", "-=": "isub", "*=": "imul", "/=": "itruediv", "//=": "ifloordiv",
            "%=": "imod", "**=": "ipow", "<<=": "ilshift", ">>=": "irshift", "&=": "iand",
            "|=": "ior", "^=": "ixor", "@=": "imatmul"}[op]
    setattr(Every, f"__{name}__", lambda self, o, _n=name: f"{_n}:{o}")
for op in ops:
    x = Every()
    exec(f"x {op} 7")
    print(op, x)

class Plain: pass
for op in ops:
    x = Plain()
    try:
        exec(f"x {op} 1")
    except TypeError as e:
        print(op, "TypeError:", e)

x = 5
try:
    x += "a"
except TypeError as e:
    print("TypeError:", e)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst + (4,)
except TypeError as e:
    print("TypeError:", e)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
try:
    s |= [1]
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1}
d |= {"b": 2}
d |= [("c", 3)]
print(d)
try:
    d | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)

class RightOnly:
    def __radd__(self, o): return "radd used"
y = 1
y += RightOnly()
print(y)

class Tup:
    t = (1, [2])
try:
    Tup.t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(Tup.t)
