# property(): getter/setter/deleter, doc handling, copies, errors for missing accessors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x value"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting x")
        self._x = None
    ro = property(lambda self: "read only")
    wo = property(None, lambda self, v: print("set wo", v))
c = C()
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__)
del c.x
print(c.x)
t("ro get", lambda: c.ro)
t("ro set", lambda: setattr(c, "ro", 1))
t("ro del", lambda: delattr(c, "ro"))
t("wo get", lambda: c.wo)
t("wo set", lambda: setattr(c, "wo", 3))
t("wo del", lambda: delattr(c, "wo"))
p = C.x
t("accessors", lambda: (p.fget.__name__, p.fset.__name__, p.fdel.__name__))
t("class access", lambda: C.ro is C.__dict__["ro"])
t("get with None", lambda: p.__get__(None, C) is p)
t("direct get", lambda: p.__get__(c))
t("get no args", lambda: p.__get__())
t("set on property", lambda: p.__set__(c, 4) or c.x)
t("delete via __delete__", lambda: p.__delete__(c))
t("kw ctor", lambda: property(fget=len, doc="docs").__doc__)
t("bad kw", lambda: property(getter=len))
t("too many", lambda: property(1, 2, 3, 4, 5))
t("non-callable fget", lambda: property(5).__get__(c))
t("doc from fget", lambda: property(len).__doc__[:20])
t("explicit doc", lambda: property(len, doc="mine").__doc__)
t("doc None", lambda: property().__doc__)
q = property(lambda s: 1)
q2 = q.setter(lambda s, v: None)
t("setter returns copy", lambda: (q is q2, q2.fget is q.fget, q.fset, q2.fset is not None))
t("getter copy", lambda: q.getter(len).fget is len)
t("isabstract", lambda: property().__isabstractmethod__)
import abc
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def v(self):
        pass
t("abstract property", lambda: (A.v.__isabstractmethod__, A.__abstractmethods__))
t("instantiate abstract", lambda: A())
class Sub(property):
    pass
class D:
    @Sub
    def v(self):
        "sub doc"
        return 1
t("subclass", lambda: (type(D.v).__name__, D().v, D.v.__doc__))
t("subclass setter type", lambda: type(D.v.setter(lambda s, v: None)).__name__)
class E:
    @property
    def err(self):
        raise AttributeError("inner attribute error")
    def __getattr__(self, name):
        return "fallback " + name
t("attributeerror falls back", lambda: E().err)
t("set_name", lambda: hasattr(property, "__set_name__"))
class Named:
    @property
    def thing(self):
        return 1
t("no setter message", lambda: setattr(Named(), "thing", 2))
t("no deleter message", lambda: delattr(Named(), "thing"))
