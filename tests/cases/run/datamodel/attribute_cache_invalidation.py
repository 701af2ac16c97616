# Attribute lookups stay right while classes, bases, instance dicts and metaclasses change under a hot loop.
class A:
    x = 1
    def m(self): return "A.m"
class B:
    x = 2
    def m(self): return "B.m"
class C(A): pass
c = C()
out = []
for i in range(40):
    if i == 10: C.__bases__ = (B,)
    if i == 15: B.m = lambda self: "B.m2"
    if i == 20: c.__class__ = A
    if i == 25: A.x = property(lambda self: "prop")
    if i == 30: del A.x
    if i == 33: c.__dict__["m"] = lambda: "inst"
    if i == 36: A.m = staticmethod(lambda: "static")
    try:
        out.append((i, c.x, c.m()))
    except AttributeError as e:
        out.append((i, "AE", str(e)))
for o in out: print(o)
class D:
    __slots__ = ("v",)
d = D()
res = []
for i in range(20):
    if i == 5: d.v = 1
    if i == 10: del d.v
    if i == 15: D.v2 = 3
    try: res.append(d.v)
    except AttributeError as e: res.append(str(e))
print(res)
class M(type): pass
class E(metaclass=M): y = 1
r = []
for i in range(20):
    if i == 5: M.y = property(lambda cls: "meta prop")
    if i == 10: del M.y
    if i == 15: del E.y
    try: r.append(E.y)
    except AttributeError as e: r.append(str(e))
print(r)
