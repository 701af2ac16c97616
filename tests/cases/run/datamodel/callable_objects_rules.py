# __call__: lookup on the type, callable(), argument passing and errors.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, sorted(kw.items())
add = Adder(10)
print(add(1), add(1, 2, 3, scale=2, z=0), callable(add), callable(Adder))
err(lambda: add())
err(lambda: add(1, scale=1, scale2=2, **{"scale": 3}))

class NotCallable: pass
nc = NotCallable()
nc.__call__ = lambda: "instance attr"
print(callable(nc))
err(lambda: nc())
err(lambda: 5())
err(lambda: "s"())
err(lambda: None())
err(lambda: [](1))

class CallNone:
    __call__ = None
print(callable(CallNone()))
err(lambda: CallNone()())

class CallIsCallable:
    __call__ = Adder(100)
print(CallIsCallable()(1))

class CallStatic:
    @staticmethod
    def __call__(*a): return ("static", a)
class CallClassmethod:
    @classmethod
    def __call__(cls, *a): return ("classmethod", cls.__name__, a)
print(CallStatic()(1), CallClassmethod()(2))

class CallProperty:
    @property
    def __call__(self): return lambda *a: ("from property", a)
print(CallProperty()(3), callable(CallProperty()))

# __call__ changed on the class after creation
class Dyn:
    def __call__(self): return "v1"
dyn = Dyn()
print(dyn())
Dyn.__call__ = lambda self: "v2"
print(dyn())
del Dyn.__call__
err(lambda: dyn())
print(callable(dyn))

# recursion through __call__
class Recur:
    pass
Recur.__call__ = Recur()
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
err(lambda: Recur()())
sys.setrecursionlimit(old)

# calling with bad ** mappings and * iterables
def target(*a, **k): return a, k
err(lambda: target(**{1: 2}))
err(lambda: target(*5))
err(lambda: target(**5))
err(lambda: target(**{"a": 1}, a=2))
class Mapping:
    def keys(self): return ["k"]
    def __getitem__(self, k): return k.upper()
print(target(**Mapping()))
class BadKeys:
    def keys(self): return 5
    def __getitem__(self, k): return k
err(lambda: target(**BadKeys()))
err(lambda: add(**Mapping()))
print(add(1, **{"scale": 3}))
