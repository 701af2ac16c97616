# Annotations in class bodies: __annotations__ creation, inheritance and mutation.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    x: int
    y: str = "s"
    z: "forward" = 3
    def f(self, a: int) -> str: return ""
print(A.__annotations__, "x" in A.__dict__, A.y, A.f.__annotations__)

class B(A):
    w: float
print(B.__annotations__, B.__annotations__ is A.__annotations__)

class C(A):
    pass
print(C.__annotations__, "__annotations__" in C.__dict__)

class Empty: pass
print(Empty.__annotations__, "__annotations__" in Empty.__dict__)
Empty.__annotations__["n"] = int
print(Empty.__dict__["__annotations__"])

class D:
    pass
D.__annotations__ = {"set": 1}
print(D.__annotations__)
del D.__annotations__
err(lambda: D.__dict__["__annotations__"])
print(D.__annotations__)
err(lambda: setattr(int, "__annotations__", {}))
err(lambda: int.__annotations__)
del D.__annotations__
err(lambda: delattr(D, "__annotations__"))

# annotations are evaluated in order, in the class scope
log = []
def note(v):
    log.append(v)
    return v
class E:
    a: note("first")
    b: note("second") = note("value")
    (c): note("third")
    d.attr if False else None
print(log, E.__annotations__)

# complex targets are evaluated but not stored
class F:
    lst = [0]
    lst[0]: int = 5
    obj = type("O", (), {})()
    obj.attr: int = 6
print(F.__annotations__, F.lst, F.obj.attr)

# annotations and __slots__ together
class G:
    __slots__ = ("a",)
    a: int
print(G.__annotations__, type(G.a).__name__)

# metaclass namespace sees __annotations__ first
class Spy(dict):
    def __setitem__(self, k, v):
        if k == "__annotations__":
            print("annotations dict created", dict(v))
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Spy()
class H(metaclass=Meta):
    q: int = 1
    r: str
print(H.__annotations__)

# module-level __annotations__ in a fresh namespace
ns = {}
exec("v: int = 1\nw: str", ns)
print(ns["__annotations__"], "w" in ns)
import types
m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
