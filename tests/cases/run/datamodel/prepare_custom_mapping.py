# Metaclass __prepare__ returning custom mappings for the class body.
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("store", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("load", k)
        return super().__getitem__(k)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))

class C(metaclass=Meta, flag=1):
    x = 1
    y = x + 1
    def f(self): return self.y
print(C.y, C().f(), type(C.__dict__).__name__)

# a mapping that is not a dict
class Recorder:
    def __init__(self):
        self.data = {}
        self.order = []
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.order.append(k)
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]

class RMeta(type):
    def __prepare__(name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print("order", [k for k in ns.order if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns.data)

class D(metaclass=RMeta):
    b = 2
    a = 1
    del b
    b = 3
    def g(self): pass
print(sorted(k for k in vars(D) if not k.startswith("__")), D.b)

# names not in the mapping fall through to globals and builtins
GLOBAL = "global value"
class E(metaclass=RMeta):
    v = GLOBAL
    w = len("abc")
print(E.v, E.w)

# duplicate-detecting namespace
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError("duplicate definition of " + k)
        super().__setitem__(k, v)
class NoDupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()
try:
    class F(metaclass=NoDupMeta):
        def m(self): pass
        def m(self): pass
except TypeError as e:
    print(type(e).__name__, e)

# __prepare__ returning a non-mapping
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class G(metaclass=BadMeta): pass
except TypeError as e:
    print(type(e).__name__, e)

class NoneMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return None
try:
    class G2(metaclass=NoneMeta): pass
except TypeError as e:
    print(type(e).__name__, e)

# __prepare__ raising
class RaiseMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        raise LookupError("prepare failed")
try:
    class H(metaclass=RaiseMeta): pass
except LookupError as e:
    print(type(e).__name__, e)

# type.__prepare__ accepts anything and returns a new dict
p = type.__prepare__("X", (), anything=1)
print(type(p).__name__, p)
print(type.__prepare__() == {})

# __qualname__ and __module__ set in namespace first
class Spy(dict):
    def __setitem__(self, k, v):
        print("spy", k, v if isinstance(v, str) else type(v).__name__)
        super().__setitem__(k, v)
class SpyMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Spy()
class Watched(metaclass=SpyMeta):
    """doc"""
    a: int = 1
