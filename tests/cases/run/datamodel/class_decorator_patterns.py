# Class decorators: ordering, replacement, registering and modifying classes.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tag(label):
    def deco(cls):
        print("tagging", cls.__name__, "with", label)
        cls.label = label
        return cls
    return deco

@register
@add_repr
@tag("outer")
@tag("inner")
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(Point(1, 2), Point.label, registry)

def replace_with_function(cls):
    return lambda *a: ("replaced", cls.__name__, a)
@replace_with_function
class Gone: pass
print(Gone(1), type(Gone).__name__)

def returns_none(cls):
    print("decorating", cls.__name__)
@returns_none
class Nothing: pass
print(Nothing)

def subclassing(cls):
    class Wrapped(cls):
        def extra(self): return "extra from wrapper"
    Wrapped.__name__ = cls.__name__
    Wrapped.__qualname__ = cls.__qualname__
    return Wrapped
@subclassing
class Base:
    def own(self): return "own"
b = Base()
print(b.own(), b.extra(), type(b).__name__, [k.__name__ for k in type(b).__mro__])

# decorator expressions: any expression is allowed
decorators = {"d": tag("from dict")}
@decorators["d"]
class ByExpr: pass
print(ByExpr.label)
@(lambda cls: cls)
class ByLambda: pass
print(ByLambda.__name__)

# decorators run after the class body and __init_subclass__/__set_name__
class Announce:
    def __set_name__(self, owner, name): print("set_name", name)
class Parent:
    def __init_subclass__(cls): print("init_subclass", cls.__name__)
def deco(cls):
    print("decorator", cls.__name__)
    return cls
@deco
class Child(Parent):
    print("body")
    a = Announce()

# a decorator raising stops the class binding
def failing(cls):
    raise RuntimeError("decorator failed for " + cls.__name__)
try:
    @failing
    class Broken: pass
except RuntimeError as e:
    print(e)
print("Broken" in globals())

# functools.total_ordering and dataclass-like decorators
import functools
@functools.total_ordering
class Version:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(Version(1) <= Version(1), Version(2) > Version(1), Version(1) >= Version(3))
try:
    @functools.total_ordering
    class NoOrder: pass
except ValueError as e:
    print(e)

# decorating with a class whose instances replace the class
class Singleton:
    def __init__(self, cls): self.cls, self.inst = cls, None
    def __call__(self, *a):
        if self.inst is None:
            self.inst = self.cls(*a)
        return self.inst
@Singleton
class Service:
    def __init__(self, name): self.name = name
s1, s2 = Service("a"), Service("b")
print(s1 is s2, s1.name, type(Service).__name__)
