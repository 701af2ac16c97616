# isinstance/issubclass with __instancecheck__, __subclasscheck__, tuples and errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("  subclasscheck", sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta): pass
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(1, (str, Duck, int)))

class Exact(metaclass=DuckMeta): pass
e = Exact()
print(type(e) is Exact, isinstance(e, Exact))

err(lambda: isinstance(1, 1))
err(lambda: isinstance(1, (int, 1)))
err(lambda: issubclass(1, int))
err(lambda: issubclass(int, 1))
err(lambda: issubclass(int, (1,)))
err(lambda: isinstance(1, [int]))
print(isinstance(1, ()), issubclass(bool, (str, (int,))), isinstance(True, (((int,),),)))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
err(lambda: isinstance(1, list[int]))
err(lambda: isinstance(1, int | list[int]))

class FakeClass:
    __class__ = int
print(isinstance(FakeClass(), int), isinstance(FakeClass(), FakeClass), type(FakeClass()).__name__)

class HasBases:
    __bases__ = (int,)
print(issubclass(HasBases(), int) if False else "skip")
err(lambda: issubclass(HasBases(), int))
class Abstractish:
    @property
    def __bases__(self): return ()
err(lambda: issubclass(Abstractish(), Abstractish()))

class RaisingCheck(type):
    def __instancecheck__(cls, obj): raise ValueError("check failed")
class RC(metaclass=RaisingCheck): pass
err(lambda: isinstance(1, RC))
class Truthy(type):
    def __instancecheck__(cls, obj): return "yes"
    def __subclasscheck__(cls, sub): return 0
class TT(metaclass=Truthy): pass
print(isinstance(1, TT), issubclass(int, TT))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(issubclass(object, type), isinstance(object, type))
