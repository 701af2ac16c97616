# classmethod and staticmethod objects in 3.11: wrapping, attributes, calls.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    _name = "C-name"
    @classmethod
    @property
    def name(cls):
        return cls._name + " via classmethod property"
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, y): return (cls.__name__, y)

class D(C):
    _name = "D-name"
print(C.name, D.name, D().name)

sm = C.__dict__["s"]
cm = C.__dict__["c"]
print(type(sm).__name__, type(cm).__name__)
print(sm(4), callable(sm))
print(sm.__func__(5), cm.__func__(C, 6))
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__)
print(sm.__name__, sm.__qualname__, cm.__name__, cm.__qualname__)
print(sm.__doc__, cm.__isabstractmethod__, sm.__isabstractmethod__)
err(lambda: cm(1))
print(cm.__get__(None, D)(1), cm.__get__(D())(2))
print(sm.__get__(None, C)(3), sm.__get__(1)(3))
err(lambda: cm.__get__(None, None))
err(lambda: cm.__get__())

# classmethod over arbitrary objects with __get__
class Desc:
    def __get__(self, obj, owner=None):
        return ("Desc.__get__", obj, owner.__name__ if owner else None)
class E:
    x = classmethod(Desc())
print(E.x, E().x)

# a classmethod wrapping a non-callable
class F:
    weird = classmethod(5)
    sweird = staticmethod(6)
err(lambda: F.weird)
err(lambda: F.weird())
err(lambda: F.sweird)
err(lambda: F.sweird())

# attributes copied from the function
def documented(cls):
    "A documented class method."
wrapped = classmethod(documented)
print(wrapped.__doc__, wrapped.__name__, wrapped.__module__)
documented.__annotations__["r"] = int
print(wrapped.__annotations__)
wrapped.extra = 1
print(wrapped.__dict__)
err(lambda: classmethod())
err(lambda: classmethod(1, 2))
err(lambda: staticmethod(f=1))
print(repr(staticmethod(len)).startswith("<staticmethod("))
print(repr(classmethod(len)).startswith("<classmethod("))
print(isinstance(staticmethod(len), staticmethod))

# staticmethod called through the class and instance: same function
class G:
    @staticmethod
    def h(*a): return a
print(G.h(1), G().h(1), G.h is G().h, G.__dict__["h"](2))

# classmethod on builtins
print(dict.fromkeys("ab"), type(dict.__dict__["fromkeys"]).__name__)
err(lambda: dict.__dict__["fromkeys"](dict, "x"))
print(dict.__dict__["fromkeys"].__get__(None, dict)("x"))
err(lambda: dict.__dict__["fromkeys"].__get__(None, int))
err(lambda: dict.__dict__["fromkeys"].__get__(1))
class SubD(dict): pass
print(type(SubD.fromkeys("q")).__name__)
