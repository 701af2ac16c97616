# instance __dict__ (key-sharing dicts) behave like ordinary dicts
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
a, b = P(1, 2), P(3, 4)
print(a.__dict__, b.__dict__, vars(a) is a.__dict__, type(a.__dict__).__name__)
b.z = 5
print(b.__dict__, list(vars(b)))
del a.x
a.x = 10
print(a.__dict__, list(a.__dict__))
c = P(5, 6)
c.__dict__["w"] = 0
print(c.__dict__, c.w)
c.__dict__.update(x=0, q=9)
print(vars(c), c.q)
c.__dict__.clear()
print(vars(c), hasattr(c, "x"))
d = P(7, 8)
dd = d.__dict__
print(dd.pop("x"), dd, dd.popitem(), dd)
e = P(1, 2)
e.__dict__ = {"new": 1}
print(vars(e), e.new)
try:
    e.__dict__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
import sys
f, g = P(1, 2), P(3, 4)
print(sys.getsizeof(f.__dict__) == sys.getsizeof(g.__dict__))
print(f.__dict__ == {"x": 1, "y": 2}, f.__dict__ | {"z": 3}, {**f.__dict__})
print(list(f.__dict__.items()), list(reversed(f.__dict__)))
h = P(0, 0)
for i in range(20):
    setattr(h, f"attr{i}", i)
print(len(vars(h)), list(vars(h))[:4], list(vars(h))[-2:])
# instances with attributes set in different orders
class Q:
    pass
q1, q2 = Q(), Q()
q1.a, q1.b = 1, 2
q2.b, q2.a = 3, 4
print(vars(q1), vars(q2), vars(q1) == {"b": 2, "a": 1})
k = vars(q1).keys()
q1.c = 3
print(k, len(k))
try:
    for name in vars(q2):
        setattr(q2, name + "_x", 1)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(sorted(vars(q2)))
