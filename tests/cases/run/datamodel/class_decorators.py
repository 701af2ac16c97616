# Class decorators: wrapping, replacing, stacking, registration.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_repr
@with_tag("v1")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 2), Point.tag, list(registry))

def replace(cls):
    return 42
@replace
class Gone: pass
print(Gone)

order = []
def trace(name):
    def deco(cls):
        order.append(name)
        return cls
    order.append("make " + name)
    return deco
@trace("outer")
@trace("inner")
class Traced: pass
print(order)

def singleton(cls):
    return cls()
@singleton
class Settings:
    debug = False
print(Settings.debug, type(Settings).__name__)

def total_ordering_lite(cls):
    def __gt__(self, other):
        r = self.__lt__(other)
        if r is NotImplemented:
            return r
        return not r and self != other
    cls.__gt__ = __gt__
    return cls

@total_ordering_lite
class Version:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.n < o.n
    def __eq__(self, o):
        return isinstance(o, Version) and self.n == o.n
    __hash__ = None
print(Version(2) > Version(1), Version(1) > Version(1), Version(1) < Version(2))
try:
    Version(1) > 3
except TypeError as e:
    print("TypeError:", e)

def bad(cls):
    raise RuntimeError("decorator failed for " + cls.__name__)
try:
    @bad
    class Failing: pass
except RuntimeError as e:
    print("RuntimeError:", e)
print("Failing" in dir())

try:
    @5
    class NotCallable: pass
except TypeError as e:
    print("TypeError:", e)
