# __getattribute__, __getattr__, __setattr__, __delattr__ and their ordering.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        print("  getattr", name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("  setattr", name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print("  delattr", name)
        delattr(self._target, name)

class Target: x = 1
p = Proxy(Target())
print(p.x)
p.y = 2
print(p._target.y)
del p.y
err(lambda: p.missing)

class Logged:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
l = Logged()
print(l.a, l.zz)

class RaisesOther:
    def __getattribute__(self, name): raise KeyError(name)
    def __getattr__(self, name): return "not reached"
err(lambda: RaisesOther().x)
class GetattrRaises:
    def __getattr__(self, name): raise AttributeError(f"custom no {name}")
err(lambda: GetattrRaises().q)
print(getattr(GetattrRaises(), "q", "default"), hasattr(GetattrRaises(), "q"))
class GetattrOther:
    def __getattr__(self, name): raise ValueError(name)
err(lambda: hasattr(GetattrOther(), "x"))
err(lambda: getattr(GetattrOther(), "x", 1))

class ReadOnly:
    __slots__ = ()
    def __setattr__(self, n, v): raise AttributeError(f"{type(self).__name__} is read-only")
err(lambda: setattr(ReadOnly(), "x", 1))
class Frozen:
    def __init__(self): object.__setattr__(self, "v", 1)
    def __setattr__(self, n, v): raise TypeError("frozen")
    __delattr__ = __setattr__
f = Frozen()
err(lambda: setattr(f, "v", 2))
err(lambda: delattr(f, "v"))
print(f.v)

err(lambda: object.__setattr__(1, "x", 2))
err(lambda: object.__getattribute__(1, 2))
err(lambda: object.__setattr__(Target, "x", 2))
err(lambda: object.__delattr__(Target(), "nope"))
err(lambda: type.__setattr__(Target(), "x", 1))
err(lambda: type.__getattribute__(1, "x"))
print(object.__getattribute__(Target(), "x"), type.__getattribute__(Target, "x"))

class MetaGetattr(type):
    def __getattr__(cls, name): return "meta fallback " + name
class WithMetaGetattr(metaclass=MetaGetattr): pass
print(WithMetaGetattr.anything)
err(lambda: WithMetaGetattr().anything)

class AttrNameType:
    def __getattr__(self, name): return type(name).__name__
class S(str): pass
print(getattr(AttrNameType(), S("x")))
err(lambda: getattr(Target(), b"x"))
err(lambda: getattr(Target(), None, 1))
err(lambda: delattr(Target(), 5))

class CountingSet:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
cs = CountingSet()
cs.v = 5
print(cs.v, cs.__dict__)
class AugAssign:
    def __init__(self): self.__dict__["n"] = 1
    def __getattr__(self, name): return 0
    def __setattr__(self, name, v):
        print("  set", name, v)
        self.__dict__[name] = v
aa = AugAssign()
aa.n += 1
aa.m += 5
print(aa.n, aa.m)
