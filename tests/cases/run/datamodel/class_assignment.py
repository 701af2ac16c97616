# __class__ assignment rules.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
err(lambda: setattr(a, "__class__", 1))
err(lambda: setattr(a, "__class__", int))
err(lambda: setattr(1, "__class__", bool))
err(lambda: delattr(a, "__class__"))

class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
s = S1()
s.__class__ = S2
print(type(s).__name__)
err(lambda: setattr(s, "__class__", S3))
err(lambda: setattr(s, "__class__", A))

class MyInt(int): pass
class MyInt2(int): pass
m = MyInt(5)
err(lambda: setattr(m, "__class__", MyInt2))
print(type(m).__name__, m)
err(lambda: setattr(m, "__class__", int))

class L(list): pass
l = L()
err(lambda: setattr(l, "__class__", A))
err(lambda: setattr([], "__class__", L))

class Meta(type): pass
class WithMeta(metaclass=Meta): pass
class Plain: pass
err(lambda: setattr(WithMeta, "__class__", type))
print(type(WithMeta).__name__)

import sys
mod = type(sys)("m")
class ModSub(type(sys)):
    def hello(self): return "hello from " + self.__name__
mod.__class__ = ModSub
print(mod.hello())
