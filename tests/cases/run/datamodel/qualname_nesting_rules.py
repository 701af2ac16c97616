# __qualname__, __name__ and __module__ for nested classes and functions.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Outer:
    class Inner:
        class Deep:
            def method(self): pass
        def method(self):
            def local(): pass
            return local
    def method(self):
        class InMethod:
            def m(self): pass
        return InMethod
    @staticmethod
    def sm(): pass
    @classmethod
    def cm(cls): pass
    @property
    def prop(self): pass
    lam = lambda self: None

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.method.__qualname__, Outer.Inner().method().__qualname__)
print(Outer().method().__qualname__, Outer().method().m.__qualname__)
print(Outer.sm.__qualname__, Outer.cm.__qualname__, Outer.prop.fget.__qualname__, Outer.lam.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, Outer.method.__module__)

def factory():
    class Made:
        def m(self): pass
    def inner():
        class InInner: pass
        return InInner
    return Made, inner()
M, I = factory()
print(M.__qualname__, M.m.__qualname__, I.__qualname__)

# comprehension and generator scopes
gens = [lambda: None for _ in range(1)]
print(gens[0].__qualname__)
g = (x for x in [1])
print(g.__qualname__, g.__name__)
def outer_gen():
    yield (lambda: None)
print(next(outer_gen()).__qualname__)

# setting __qualname__ and __name__
def f(): pass
f.__qualname__ = "Custom.qual"
f.__name__ = "renamed"
print(f.__qualname__, f.__name__, repr(f).startswith("<function Custom.qual at"))
err(lambda: setattr(f, "__qualname__", 5))
err(lambda: setattr(f, "__name__", None))
err(lambda: delattr(f, "__name__"))
class C: pass
C.__qualname__ = "X.Y"
print(C.__qualname__, repr(C), C.__name__)
err(lambda: setattr(C, "__qualname__", 1))

# type() created classes and __qualname__ in namespace
T = type("T", (), {"__qualname__": "Some.Path.T"})
print(T.__qualname__, repr(T), "__qualname__" in T.__dict__)
class WithQual:
    __qualname__ = "Overridden"
print(WithQual.__qualname__, "__qualname__" in WithQual.__dict__)

# __module__ comes from the defining globals
ns = {"__name__": "fake_module"}
exec("class FromExec: pass\ndef fe(): pass", ns)
print(ns["FromExec"].__module__, ns["fe"].__module__, repr(ns["FromExec"]))
ns2 = {}
exec("class NoName: pass", ns2)
print(ns2["NoName"].__module__)
class ModSet:
    __module__ = "elsewhere"
print(ModSet.__module__, repr(ModSet))

# builtin qualnames
print(int.__qualname__, int.bit_length.__qualname__, dict.fromkeys.__qualname__, len.__qualname__)
print([].append.__qualname__, int.__add__.__qualname__, type.__call__.__qualname__, object.__init__.__qualname__)
import collections
print(collections.OrderedDict.__qualname__, collections.OrderedDict.move_to_end.__qualname__)
