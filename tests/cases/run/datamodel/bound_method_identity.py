# Bound methods: attributes, equality, hashing, reprs and calls.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def m(self, x=0): return ("m", x)
    def __eq__(self, other): return True
    __hash__ = object.__hash__

a1, a2 = A(), A()
m1 = a1.m
print(m1 == a1.m, m1 is a1.m, m1 == a2.m, a1 == a2)
print(hash(m1) == hash(a1.m))
print(m1.__self__ is a1, m1.__func__ is A.m, m1.__name__, m1.__qualname__)
print(m1.__doc__, m1.__module__, m1.__defaults__ if hasattr(m1, "__defaults__") else None)
print(m1(), m1(5), A.m(a1, 6))
err(lambda: setattr(m1, "x", 1))
err(lambda: m1.nothere)
A.m.tag = "on function"
print(m1.tag)
err(lambda: setattr(m1, "tag", 2))
err(lambda: m1(1, 2))
err(lambda: A.m())

# methods are distinct per instance even with equal instances
class B:
    def m(self): pass
    def __eq__(self, o): return True
    def __hash__(self): return 1
b1, b2 = B(), B()
print(b1.m == b2.m, b1.m != b2.m)

# bound builtin methods
l = [1]
print(l.append == l.append, l.append is l.append, l.append == [1].append)
print(l.append.__self__ is l, l.append.__name__, l.append.__qualname__)
print(hash(l.append) == hash(l.append))
print([].append.__self__ == [], type(l.append).__name__)
err(lambda: type(hash([].append)).__name__)

# method type constructed directly
import types
def free(self, y): return (type(self).__name__, y)
bm = types.MethodType(free, 3)
print(bm(4), bm.__self__, bm.__func__ is free)
err(lambda: types.MethodType(free, None))
err(lambda: types.MethodType(1, 2)())
err(lambda: types.MethodType(free))
print(types.MethodType(len, [1, 2])())
print(bm == types.MethodType(free, 3), bm != types.MethodType(free, 4))

# repr shapes
class R:
    def meth(self): pass
    def __repr__(self): return "<R instance>"
print(repr(R().meth))
print(repr(R.meth).startswith("<function R.meth at"))
print(repr([].append).startswith("<built-in method append of list object at"))

# method of a classmethod bound to the class
class CM:
    @classmethod
    def k(cls): return cls
print(CM.k.__self__ is CM, CM().k.__self__ is CM, CM.k == CM.k, CM.k == CM().k)
print(repr(CM.k).startswith("<bound method CM.k of <class"))

# __func__ attributes pass through
def ff(self): "ff doc"
ff.custom = 1
class H: g = ff
print(H().g.custom, H().g.__doc__, H().g.__code__ is ff.__code__)
print(H().g.__wrapped__ if hasattr(H().g, "__wrapped__") else "no wrapped")
print(dir(H().g) == dir(H().g))
print(H().g.__reduce__ is not None)
