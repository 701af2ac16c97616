# __slots__ on subclasses of built-in types.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

for base in (int, bytes, tuple):
    err(lambda: type("S", (base,), {"__slots__": ("x",)}))
    err(lambda: type("S", (base,), {"__slots__": ()}).__name__)
    err(lambda: hasattr(type("S", (base,), {"__slots__": ()})(), "__dict__"))
for base in (float, str, list, dict, set, object, Exception, complex, frozenset):
    S = type("S", (base,), {"__slots__": ("x",)})
    s = S()
    s.x = base.__name__
    print(base.__name__, s.x, hasattr(s, "__dict__"))
    err(lambda: setattr(s, "y", 1))

class Pt(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(1, 2)
print(p, p.x, len(p))
err(lambda: setattr(p, "z", 1))
err(lambda: p.__dict__)

class I(int):
    __slots__ = ()
i = I(5)
print(i + 1, type(i).__name__)
err(lambda: setattr(i, "q", 1))

class L(list):
    __slots__ = ("tag",)
l = L([1, 2])
l.tag = "t"
print(l, l.tag)
err(lambda: L().tag)

class Ex(Exception):
    __slots__ = ("code",)
e = Ex("m")
e.code = 3
print(e, e.code, e.args)
e.other = 1
print(e.__dict__)

# slots with a class-level default via __init__
class Cfg:
    __slots__ = ("a", "b")
    def __init__(self, a=1, b=2):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Cfg({self.a}, {self.b})"
print(Cfg(), Cfg(3), Cfg(b=9))
print(Cfg.__dict__["a"].__get__(Cfg(4)))
err(lambda: Cfg.__dict__["a"].__set__(5, 1))
err(lambda: Cfg.__dict__["a"].__get__(5))
err(lambda: Cfg.__dict__["a"].__delete__(5))
