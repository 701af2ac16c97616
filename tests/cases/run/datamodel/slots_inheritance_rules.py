# __slots__ across inheritance: layouts, conflicts, __dict__ and __weakref__.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass
b = B(); b.a = 1; b.b = 2
print(b.a, b.b, hasattr(b, "__dict__"), hasattr(b, "__weakref__"))
err(lambda: setattr(b, "c", 3))
c = C(); c.a = 1; c.z = 9
print(c.__dict__, hasattr(c, "__weakref__"))
print(sorted(k for k in vars(B) if not k.startswith("__")), B.__slots__)

class D(A):
    __slots__ = ("a",)     # redeclaring a base slot is allowed
d = D(); d.a = 5
print(d.a, D.a is A.a)
err(lambda: A.a.__get__(d))

class P:
    __slots__ = ("x",)
class Q:
    __slots__ = ("y",)
err(lambda: type("PQ", (P, Q), {}))
class E: __slots__ = ()
class PE(P, E): pass
print(PE.__mro__[1].__name__, hasattr(PE(), "__dict__"))
err(lambda: type("PQ2", (P, Q), {"__slots__": ()}))

class W:
    __slots__ = ("__weakref__",)
err(lambda: type("W2", (W,), {"__slots__": ("__weakref__",)}))
class Dd:
    __slots__ = ("__dict__",)
err(lambda: type("Dd2", (Dd,), {"__slots__": ("__dict__",)}))
err(lambda: type("Two", (), {"__slots__": ("__dict__", "__dict__")}))
err(lambda: type("Two2", (), {"__slots__": ("__weakref__", "__weakref__")}))
err(lambda: type("Conf", (), {"__slots__": ("v",), "v": 1}))
err(lambda: type("Bad", (), {"__slots__": (1,)}))
err(lambda: type("Bad2", (), {"__slots__": ("not valid",)}))
err(lambda: type("Bad3", (), {"__slots__": ("",)}))
err(lambda: type("Bad4", (), {"__slots__": 5}))
err(lambda: type("Dup", (), {"__slots__": ("q", "q")}).__name__)
print(type("Strs", (), {"__slots__": "single"}).__slots__)
print(type("Lst", (), {"__slots__": ["l1", "l2"]}).__slots__)
print(sorted(type("Dct", (), {"__slots__": {"k1": "doc one", "k2": None}}).__dict__["__slots__"]))
K = type("Dct2", (), {"__slots__": {"k1": "doc one"}})
print(K.k1.__doc__)

# name mangling of private slots
class Priv:
    __slots__ = ("__secret", "_single")
    def set(self, v): self.__secret = v
    def get(self): return self.__secret
p = Priv(); p.set(7)
print(p.get(), "_Priv__secret" in dir(Priv), p._Priv__secret)

# unset slot messages
class U:
    __slots__ = ("val",)
u = U()
err(lambda: u.val)
err(lambda: delattr(u, "val"))
u.val = 1
del u.val
err(lambda: u.val)
print(repr(U.val), type(U.val).__name__)
print(U.val.__name__, U.val.__qualname__, U.val.__objclass__ is U)

# __dict__ added by subclass keeps slots working
class SD(U):
    __slots__ = ("__dict__",)
sd = SD(); sd.val = 3; sd.other = 4
print(sd.val, sd.__dict__)
class SW(U):
    __slots__ = ("__weakref__",)
import weakref
sw = SW()
r = weakref.ref(sw)
print(r() is sw)
err(lambda: weakref.ref(u))

# instances without __dict__ cannot get vars()
err(lambda: vars(u))
print("__slots__" in U.__dict__, U.__dict__["__slots__"])
