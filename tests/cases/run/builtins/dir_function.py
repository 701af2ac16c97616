# dir(): modules, classes, instances, __dir__, no-argument form in scopes.
import math
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

def f(a, b=2):
    c = 3
    return dir()
print(f(1))
print(sorted(n for n in dir() if not n.startswith("__")))
class Base:
    base_attr = 1
    def base_method(self): pass
class Derived(Base):
    derived_attr = 2
    def __init__(self):
        self.inst = 3
print([n for n in dir(Derived) if not n.startswith("__")])
print([n for n in dir(Derived()) if not n.startswith("__")])
print("__init__" in dir(Derived), "__dict__" in dir(Derived), "mro" in dir(type), "mro" in dir(Derived))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
print(dir(Custom()))
class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))
class BadDir:
    def __dir__(self):
        return 5
class RaisingDir:
    def __dir__(self):
        raise LookupError("no dir")
class MixedDir:
    def __dir__(self):
        return ["a", 1]
t("bad __dir__", lambda: dir(BadDir()))
t("raising __dir__", lambda: dir(RaisingDir()))
t("mixed __dir__", lambda: dir(MixedDir()))
t("two args", lambda: dir(1, 2))
t("kw", lambda: dir(object=1))
print([n for n in dir(math) if not n.startswith("_")][:10])
print(dir(math) == sorted(math.__dict__))
import types
m = types.ModuleType("mod")
m.z = 1
m.a = 2
print(dir(m))
m.__dir__ = lambda: ["custom"]
print(dir(m))
class BadDictModule(types.ModuleType):
    pass
bm = BadDictModule("bm")
print(len(dir(bm)))
print([n for n in dir(1) if not n.startswith("_")])
print([n for n in dir(None) if not n.startswith("_")], len(dir(None)))
print("__class__" in dir(object()), len(dir(object())) == len(dir(object)))
class Meta(type):
    def meta_method(cls): pass
class WithMeta(metaclass=Meta):
    pass
print("meta_method" in dir(WithMeta), "meta_method" in dir(Meta))
def g():
    x = 1
    def inner():
        return x
    return dir()
print(g())
print(sorted((lambda q: dir())(1)))
print([n for n in dir(type("Sl", (), {"__slots__": ("s1", "s2")})) if n.startswith("s")])
class InstDir:
    def __init__(self):
        self.__dict__ = {"only": 1}
print([n for n in dir(InstDir()) if not n.startswith("__")])
