# property: getter/setter/deleter, copies, docs and the exact errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def readonly(self):
        return "ro"
    def _get(self): return "manual"
    manual = property(_get, doc="manual doc")

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__, Temp.manual.__doc__, t.manual)
err(lambda: setattr(t, "celsius", -300))
del t.celsius
err(lambda: t.celsius)
err(lambda: setattr(t, "readonly", 1))
err(lambda: delattr(t, "readonly"))
err(lambda: setattr(t, "manual", 1))
print(Temp.readonly.fget.__name__, Temp.readonly.fset, Temp.readonly.fdel)
print(isinstance(Temp.celsius, property), type(Temp.celsius).__name__)

p = property()
class Empty:
    x = p
err(lambda: Empty().x)
err(lambda: setattr(Empty(), "x", 1))
err(lambda: delattr(Empty(), "x"))
err(lambda: property(1, 2, 3, 4, 5))
err(lambda: property.__get__(p, None, None) is p)
err(lambda: p.__set__(None, 1))
err(lambda: setattr(p, "fget", None))

class Sub(property):
    """subclass doc"""
sp = Sub(lambda self: 1)
print(sp.__doc__)

def getter(self):
    "getter doc"
    return 1
pr = property(getter)
print(pr.__doc__)
pr2 = pr.setter(lambda s, v: None)
print(pr2.__doc__, pr2 is pr, pr2.fget is getter)
print(property.__isabstractmethod__.__class__.__name__)
class AbstractLike:
    def f(self): pass
    f.__isabstractmethod__ = True
print(property(AbstractLike.f).__isabstractmethod__, property(getter).__isabstractmethod__)

# property name in errors for lambda getters
class Lam:
    x = property(lambda self: 1)
err(lambda: setattr(Lam(), "x", 5))

# inheritance and overriding via setter of parent property
class Base:
    @property
    def v(self): return "base"
class Derived(Base):
    @Base.v.setter
    def v(self, value): print("derived setter", value)
d = Derived()
d.v = 10
print(d.v)
err(lambda: setattr(Base(), "v", 1))

# getter raising AttributeError goes to __getattr__
class Fallback:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, name): return "fallback " + name
print(Fallback().p)
print(bool(property.__doc__), property.__doc__ != property.fget.__doc__)
