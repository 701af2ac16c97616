# property: getter/setter/deleter chaining, docs, errors and subclassing.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x value"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting"); self._x = None
    ro = property(lambda self: "ro")
    wo = property(None, lambda self, v: print("wo set", v))
    nothing = property()

c = C()
c.x = 5
print(c.x, C.x.__doc__)
del c.x
print(c.x)
err(lambda: setattr(c, "ro", 1))
err(lambda: delattr(c, "ro"))
err(lambda: c.wo)
c.wo = 3
err(lambda: c.nothing)
err(lambda: setattr(c, "nothing", 1))
err(lambda: delattr(c, "nothing"))
p = C.x
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(p.getter(None).fget is p.fget, p.setter(None).fset is None)
p2 = p.getter(lambda self: "new getter")
print(p2 is p, p2.fset is p.fset, p2.__get__(c))
print(C.ro.__doc__, C.nothing.fget, C.nothing.__doc__)
print(C.__dict__["x"].__isabstractmethod__)

# doc from the getter, doc overriding
q = property(lambda s: 1, doc="explicit doc")
print(q.__doc__)
def g(self):
    "g doc"
q2 = property(g)
print(q2.__doc__, q2.getter(lambda s: 2).__doc__)
q3 = property(g, doc="keeps")
print(q3.setter(lambda s, v: None).__doc__)

# properties called directly
err(lambda: C.x.__get__(None, C) is C.x)
err(lambda: C.x.__get__(c))
err(lambda: C.x.__set__(c, 9) or c._x)
err(lambda: C.x.__delete__(c))
err(lambda: C.ro.__set__(c, 1))
err(lambda: property(1)(2))
err(lambda: property(fget=1).__get__(c))
err(lambda: property(1, 2, 3, "d", 5))
err(lambda: property(fgot=1))

# property name in messages for subclass and __set_name__
class D:
    @property
    def named(self): return 1
err(lambda: setattr(D(), "named", 2))
anon = property(lambda s: 1)
class E: pass
E.late = anon
err(lambda: setattr(E(), "late", 2))
err(lambda: delattr(E(), "late"))

# subclassing property
class logged(property):
    def __get__(self, obj, owner=None):
        print("logged get")
        return super().__get__(obj, owner)
class F:
    @logged
    def v(self): return "v"
    @v.setter
    def v(self, val): print("set", val)
f = F()
print(f.v, type(F.__dict__["v"]).__name__)
f.v = 1

class doc_prop(property):
    "class doc"
print(doc_prop(lambda s: 1).__doc__)
def documented(s):
    "getter doc"
print(doc_prop(documented).__doc__)

# property raising AttributeError falls back to __getattr__
class G:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, name): return "fallback " + name
print(G().p)
