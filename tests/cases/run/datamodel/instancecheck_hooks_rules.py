# __instancecheck__ / __subclasscheck__: lookup on the metaclass, exact-type shortcut, errors.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return isinstance(obj, (int, str))
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub in (int, str)
class Anything(metaclass=Meta): pass

print(isinstance(1, Anything), isinstance([], Anything))
print(isinstance(Anything(), Anything))   # exact type: no hook call
print(issubclass(int, Anything), issubclass(list, Anything), issubclass(Anything, Anything))
print(isinstance(1, (list, Anything)), issubclass(str, (list, Anything)))
print(isinstance(1, (int, Anything)))

# results are converted with bool()
class Weird(type):
    def __instancecheck__(cls, obj): return "yes"
    def __subclasscheck__(cls, sub): return 0
class W(metaclass=Weird): pass
print(isinstance(3, W), issubclass(int, W))
class Raising(type):
    def __instancecheck__(cls, obj): raise ValueError("instancecheck failed")
    def __subclasscheck__(cls, sub): raise KeyError("subclasscheck failed")
class R(metaclass=Raising): pass
err(lambda: isinstance(1, R))
err(lambda: issubclass(int, R))
class BadBool:
    def __bool__(self): raise RuntimeError("bad bool")
class BB(type):
    def __instancecheck__(cls, obj): return BadBool()
class B(metaclass=BB): pass
err(lambda: isinstance(1, B))

# hooks on the class itself (not the metaclass) are ignored for isinstance
class Local:
    @classmethod
    def __instancecheck__(cls, obj): return True
print(isinstance(1, Local), Local.__instancecheck__(1))

# non-class second argument
class NotAClass:
    pass
err(lambda: isinstance(1, NotAClass()))
err(lambda: issubclass(int, NotAClass()))
err(lambda: issubclass(1, int))
err(lambda: isinstance(1, (int, 5)))
err(lambda: isinstance(1, (5, int)))
err(lambda: isinstance(1, ((str, (int,)),)))
err(lambda: issubclass(bool, ((str, (int,)),)))
err(lambda: isinstance(1, [int]))

# an object with __bases__ acts as a class for issubclass
class FakeClass:
    __bases__ = ()
    def __call__(self): pass
class FakeInst:
    __class__ = FakeClass
fc = FakeClass()
err(lambda: issubclass(fc, fc))
class FakeChild:
    def __init__(self, parent): self.__bases__ = (parent,)
err(lambda: issubclass(FakeChild(fc), fc))
err(lambda: issubclass(FakeChild(fc), int))
class BadBases:
    __bases__ = 5
err(lambda: issubclass(BadBases(), int))

# isinstance consults __class__ when the type check fails
class Pretender:
    @property
    def __class__(self): return int
print(isinstance(Pretender(), int), isinstance(Pretender(), Pretender), type(Pretender()).__name__)

# abc registration goes through __subclasscheck__
import abc
class Proto(abc.ABC): pass
class Impl: pass
Proto.register(Impl)
print(isinstance(Impl(), Proto), issubclass(Impl, Proto), Proto.__subclasscheck__(Impl))
print(issubclass(bool, int), isinstance(True, int), issubclass(int, object), isinstance(type, type))
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool))
err(lambda: type.__instancecheck__(int))
err(lambda: type.__subclasscheck__(int, 1))
