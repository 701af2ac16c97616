# type(name, bases, ns): dynamic classes and every argument error.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def init(self, v):
    self.v = v
Dyn = type("Dyn", (object,), {"__init__": init, "double": lambda self: self.v * 2, "__doc__": "dyn doc"})
d = Dyn(4)
print(d.double(), Dyn.__doc__, Dyn.__name__, Dyn.__qualname__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {})
print(Sub(3).double(), Sub.__mro__[1].__name__)
print(type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
err(lambda: type("Q", (), {"__qualname__": 1}))
err(lambda: type("Q", (), {"__slots__": 1}))
err(lambda: type("Q", (), {}, extra=1))
err(lambda: type(b"n", (), {}))
err(lambda: type("n", (5,), {}))
err(lambda: type("n", (int, str), {}))
err(lambda: type("n", (type(None),), {}))
err(lambda: type("n", (type(len),), {}))
err(lambda: type("n", (slice,), {}))
err(lambda: type("n", (range,), {}))
err(lambda: type("n", (memoryview,), {}))
err(lambda: type("n", (type(Ellipsis),), {}))
err(lambda: type("n", (), {}, {}))
err(lambda: type("a\0b", (), {}))
err(lambda: type("\udc80", (), {}))
T = type("T", (), {"__module__": "custom"})
print(T.__module__, repr(T))
print(type("", (), {}).__name__ == "")
err(lambda: type.__dict__["__name__"].__set__(T, 5))
print(type(type("M", (type,), {})).__name__)
print(type.__name__, type.__qualname__, type.__module__, bool(type.__doc__))
print(int.__module__, repr(int), repr(type(None)))
err(lambda: setattr(T, "__module__", "m2") or T.__module__)
err(lambda: setattr(T, "__bases__", ()))
err(lambda: setattr(T, "__bases__", (int,)))
err(lambda: delattr(T, "__bases__"))
err(lambda: setattr(T, "__mro__", ()))
err(lambda: setattr(T, "__doc__", "new") or T.__doc__)
class P1: pass
class P2: pass
class Ch(P1): pass
Ch.__bases__ = (P2,)
print(Ch.__mro__)
err(lambda: setattr(P1, "__bases__", (Ch,)))
err(lambda: setattr(Ch, "__bases__", [P1]))
err(lambda: setattr(Ch, "__bases__", (1,)))
print(type.__basicsize__ > 0, type(T.__dict__).__name__)
print(T.__subclasses__(), P2.__subclasses__())
