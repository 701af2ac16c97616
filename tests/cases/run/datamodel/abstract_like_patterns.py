# Abstract-base-class patterns written with the bare data model (no abc module).
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

def abstract(func):
    func.__isabstractmethod__ = True
    return func

class Interface:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = sorted(name for name in dir(cls)
                         if getattr(getattr(cls, name), "__isabstractmethod__", False))
        cls.__missing__abstract = missing
    def __new__(cls, *args, **kwargs):
        missing = getattr(cls, "_Interface__missing__abstract", [])
        if missing:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(missing)}")
        return super().__new__(cls)

class Shape(Interface):
    @abstract
    def area(self): ...
    @abstract
    def perimeter(self): ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 0
print(Square(3).area(), Square(3).perimeter())
err(lambda: Half())
err(lambda: Shape())

class SizedMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(type(obj), "__len__")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "__len__")
class Sized(metaclass=SizedMeta): pass
print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized), issubclass(int, Sized))

class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._virtual = set()
        return cls
    def register(cls, sub):
        cls._virtual.add(sub)
        return sub
    def __instancecheck__(cls, obj):
        return self_check(cls, type(obj))
    def __subclasscheck__(cls, sub):
        return self_check(cls, sub)
def self_check(cls, sub):
    return sub in cls._virtual or cls in sub.__mro__
class Number(metaclass=Registry): pass
Number.register(int)
print(isinstance(3, Number), isinstance(3.0, Number), issubclass(int, Number), issubclass(bool, Number))
class MyNum(Number): pass
print(isinstance(MyNum(), Number), issubclass(MyNum, Number))

class NotImplementedMethod:
    def method(self):
        raise NotImplementedError(f"{type(self).__name__}.method")
class Impl(NotImplementedMethod): pass
err(lambda: Impl().method())
print(NotImplemented.__class__.__name__, repr(NotImplemented), bool(1) if True else NotImplemented)
err(lambda: type(NotImplemented)())
err(lambda: type(None)(1))
print(type(None)(), type(...)(), type(NotImplemented)() is NotImplemented)
