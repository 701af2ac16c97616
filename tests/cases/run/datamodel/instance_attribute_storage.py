# Instance attributes keep the order each instance set them in, whatever
# order its siblings used, through deletion, re-insertion and __dict__.
class A:
    pass

a = A(); a.x = 1; a.y = 2
b = A(); b.y = 1; b.x = 2
print(vars(a), vars(b))
c = A(); c.x = 1; c.y = 2
del c.x
c.x = 3
print(c.__dict__)
d = A()
for i in range(40):
    setattr(d, "a%d" % i, i)
print(list(d.__dict__)[:3], list(d.__dict__)[-2:], len(d.__dict__))
e = A()
for i in range(40):
    setattr(e, "a%d" % (39 - i), i)
print(list(e.__dict__)[:3], len(vars(e)))
print(getattr(e, "a0"), getattr(e, "a39"))

# Deleting what is absent, before and after the dict appears.
f = A()
try:
    del f.nothing
except AttributeError as err:
    print("AttributeError:", err)
f.some = 1
del f.some
try:
    del f.some
except AttributeError as err:
    print("AttributeError:", err)
f.__dict__
try:
    del f.some
except AttributeError as err:
    print("AttributeError:", err)

# The dict, once made, is the instance's storage: changes go both ways.
g = A()
g.p = 1
dd = g.__dict__
dd["q"] = 2
g.r = 3
print(g.q, dd, dd is g.__dict__)
g.__dict__ = {"z": 26}
print(vars(g), hasattr(g, "p"))

# Names that are str subclasses, or not identifiers.
class Name(str):
    pass
h = A()
setattr(h, Name("sub"), 1)
setattr(h, "with space", 2)
setattr(h, "plain", 3)
print(vars(h), type(list(vars(h))[0]).__name__)
print(getattr(h, "sub"), getattr(h, "with space"))

# Subclasses: each class keeps its own attributes; instances of both work.
class B(A):
    def __init__(self):
        self.b1 = "b1"
        self.x = "bx"
i = B()
i.extra = 1
print(vars(i), i.x)
j = A(); j.x = "ax"
print(vars(j))

# Class changes move the attributes along.
class C:
    pass
k = A(); k.one = 1; k.two = 2
k.__class__ = C
print(type(k).__name__, vars(k), k.one)
k.__class__ = A
k.three = 3
print(vars(k))

# copy and pickle round trips.
import copy, pickle
m = A(); m.u = [1]; m.v = "v"
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
m4 = pickle.loads(pickle.dumps(m))
print(vars(m2), vars(m3), vars(m4), m2.u is m.u, m3.u is m.u)

# dir() lists instance attributes.
n = A(); n.zz = 1; n.aa = 2
print([x for x in dir(n) if not x.startswith("__")])

# Attribute deletion inside __del__-free cycles and many instances.
objs = [A() for _ in range(1000)]
for idx, o in enumerate(objs):
    o.idx = idx
    if idx % 2:
        o.odd = True
print(sum(o.idx for o in objs), sum(1 for o in objs if hasattr(o, "odd")))
