# dir(): __dir__ results, default contents, metaclass __dir__, errors.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
print(dir(Custom()))

class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))

class GenDir:
    def __dir__(self):
        yield "y"
        yield "x"
print(dir(GenDir()))

class BadDir:
    def __dir__(self):
        return 5
err(lambda: dir(BadDir()))
class NoneDir:
    def __dir__(self):
        return None
err(lambda: dir(NoneDir()))
class MixedDir:
    def __dir__(self):
        return ["a", 1]
err(lambda: dir(MixedDir()))
class RaisingDir:
    def __dir__(self):
        raise KeyError("dir failed")
err(lambda: dir(RaisingDir()))

class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
names = dir(Child())
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__dict__" in names, "__weakref__" in names, "__module__" in names)
print([n for n in dir(Child) if not n.startswith("__")])

# metaclass __dir__ is used for dir(cls)
class Meta(type):
    def __dir__(cls):
        return ["from_meta"]
class WithMeta(metaclass=Meta):
    x = 1
print(dir(WithMeta), [n for n in dir(WithMeta()) if not n.startswith("__")])

# instance __dict__ that is not a dict
class WeirdDict:
    pass
w = WeirdDict()
w.a = 1
print([n for n in dir(w) if not n.startswith("__")])

# dir() of modules and objects with __slots__
import types
m = types.ModuleType("mod", "doc")
m.f = 1
print(dir(m))
class Slotted:
    __slots__ = ("p", "q")
print([n for n in dir(Slotted()) if not n.startswith("__")], "__slots__" in dir(Slotted))

# dir with no args inside a function lists locals, sorted
def local_dir():
    b = 1
    a = 2
    return dir()
print(local_dir())
err(lambda: dir(1, 2))

# object.__dir__ called directly
print(sorted(object.__dir__(Child()))[:3])
print(type(object.__dir__(Child())).__name__)
err(lambda: object.__dir__())
print("mro" in dir(type), "mro" in dir(int), "__mro__" in dir(int))
