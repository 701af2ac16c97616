# abc: abstract methods, properties, registration, __subclasshook__, update_abstractmethods.
import abc
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def unit(): ...
    def describe(self): return f"{self.name}: {self.area()}"

print(sorted(Shape.__abstractmethods__))
err(lambda: Shape())
class Partial(Shape):
    def area(self): return 1
err(lambda: Partial())
class Square(Partial):
    name = "square"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def unit(): return "m2"
print(Square.__abstractmethods__, Square.make().describe(), Square.unit())
print(Shape.area.__isabstractmethod__, Shape.__dict__["name"].__isabstractmethod__, Square.area.__dict__.get("__isabstractmethod__"))

# one abstract method message vs many
class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
err(lambda: One())

# abstract methods added after class creation are not noticed until update
class Late(abc.ABC): pass
def m(self): ...
Late.m = abc.abstractmethod(m)
print(Late.__abstractmethods__, type(Late()).__name__)
abc.update_abstractmethods(Late)
err(lambda: Late())

# register and virtual subclasses
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
print(issubclass(list, Sized), isinstance("s", Sized), issubclass(int, Sized))
class Plugin(abc.ABC): pass
@Plugin.register
class Impl: pass
print(Impl.__name__, issubclass(Impl, Plugin), isinstance(Impl(), Plugin), Plugin in Impl.__mro__)
print(Plugin.register(int) is int, isinstance(3, Plugin))
err(lambda: Plugin.register(5))
class Sub(Plugin): pass
err(lambda: Sub.register(Plugin))
print(abc.get_cache_token() is not None)

# ABCMeta as an explicit metaclass with other bases
class Base: pass
class Mixed(Base, metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): ...
err(lambda: Mixed())
print(type(Mixed).__name__, isinstance(Mixed, abc.ABCMeta))

# abstract property with setter
class WithSetter(abc.ABC):
    @property
    @abc.abstractmethod
    def v(self): ...
    @v.setter
    @abc.abstractmethod
    def v(self, val): ...
print(sorted(WithSetter.__abstractmethods__))
class Concrete(WithSetter):
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
c = Concrete(); c.v = 3
print(c.v)

# __abstractmethods__ set by hand on a normal class
class Manual: pass
Manual.__abstractmethods__ = frozenset({"x", "y"})
err(lambda: Manual())
Manual.__abstractmethods__ = ()
print(type(Manual()).__name__)
err(lambda: setattr(Manual, "__abstractmethods__", 5))
