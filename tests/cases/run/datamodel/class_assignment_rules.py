# __class__ assignment: which layouts are compatible.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A: pass
class B: pass
class SA: __slots__ = ("x",)
class SB: __slots__ = ("x",)
class SC: __slots__ = ("y",)
class SD: __slots__ = ("x", "y")

a = A()
err(lambda: setattr(a, "__class__", B) or type(a).__name__)
err(lambda: setattr(a, "__class__", SA))
sa = SA()
err(lambda: setattr(sa, "__class__", SB) or type(sa).__name__)
err(lambda: setattr(sa, "__class__", SC))
err(lambda: setattr(sa, "__class__", SD))
err(lambda: setattr(sa, "__class__", A))

class L1(list): pass
class L2(list): pass
l = L1([1])
err(lambda: setattr(l, "__class__", L2) or type(l).__name__)
err(lambda: setattr(l, "__class__", list))
err(lambda: setattr(l, "__class__", A))
err(lambda: setattr([], "__class__", L1))
err(lambda: setattr(1, "__class__", bool))
err(lambda: setattr(object(), "__class__", A))
err(lambda: setattr(a, "__class__", object))
err(lambda: setattr(a, "__class__", "A"))

import types
m = types.ModuleType("m")
class MyMod(types.ModuleType):
    def hello(self): return "hello from " + self.__name__
m.__class__ = MyMod
print(m.hello(), type(m).__name__)

class I1(int): pass
class I2(int): pass
i = I1(3)
err(lambda: setattr(i, "__class__", I2) or type(i).__name__)

class WithDict(A):
    pass
w = WithDict()
w.v = 1
w.__class__ = A
print(type(w).__name__, w.v)

class Meta1(type): pass
class Meta2(type): pass
class K(metaclass=Meta1): pass
err(lambda: setattr(K, "__class__", Meta2) or type(K).__name__)
err(lambda: setattr(K, "__class__", type))
err(lambda: setattr(int, "__class__", Meta1))

# instances of classes with __slots__ = () and plain object
class E1: __slots__ = ()
class E2: __slots__ = ()
e = E1()
err(lambda: setattr(e, "__class__", E2) or type(e).__name__)
class Wr: __slots__ = ("__weakref__",)
err(lambda: setattr(e, "__class__", Wr))

# __class__ property defined in a class
class Liar:
    @property
    def __class__(self):
        return int
lr = Liar()
print(type(lr).__name__, lr.__class__.__name__, isinstance(lr, int), isinstance(lr, Liar))
