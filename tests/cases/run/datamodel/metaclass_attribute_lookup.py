# Attribute lookup on classes: metaclass vs class dict, data descriptors, instances don't see meta.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Meta(type):
    meta_attr = "from meta"
    shared = "meta shared"
    def meta_method(cls): return "meta_method on " + cls.__name__
    @property
    def meta_prop(cls): return "meta_prop on " + cls.__name__
    @property
    def shadowed(cls): return "meta data descriptor wins"
    def __getattr__(cls, name): return "meta __getattr__ " + name
    def __len__(cls): return 42
    def __iter__(cls): return iter(["a", "b"])
    def __getitem__(cls, k): return ("meta getitem", k)
    def __contains__(cls, x): return x == "in"
    def __call__(cls, *a): return ("meta call", a) if a else super().__call__()
    def __repr__(cls): return "<Meta class " + cls.__name__ + ">"
    def __bool__(cls): return False

class C(metaclass=Meta):
    shared = "class shared"
    shadowed = "class value"
    def method(self): return "method"

print(C.meta_attr, C.shared, C.meta_method(), C.meta_prop, C.shadowed, C.anything)
print(len(C), list(C), C[1], "in" in C, "out" in C, C(1, 2), type(C()).__name__, repr(C), bool(C))
c = C()
err(lambda: c.meta_attr)
err(lambda: c.meta_method())
print(c.shared, c.shadowed, c.method())
err(lambda: c.meta_prop)
print(type(C).meta_method(C), Meta.meta_prop.__get__(C))

# class attribute assignment goes through the metaclass __setattr__
class LoggingMeta(type):
    def __setattr__(cls, name, value):
        print("set on class", cls.__name__, name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("del on class", cls.__name__, name)
        super().__delattr__(name)
class L(metaclass=LoggingMeta):
    x = 1
L.y = 2
L.x = 3
del L.y
print(L.x, hasattr(L, "y"))
inst = L()
inst.z = 4
print(inst.z)

# metaclass data descriptor blocks class-level assignment
class ReadOnlyMeta(type):
    @property
    def version(cls): return 1
class R(metaclass=ReadOnlyMeta): pass
err(lambda: setattr(R, "version", 2))
print(R.version)

# __getattribute__ on the metaclass
class Tracing(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            print("meta getattribute", name)
        return super().__getattribute__(name)
class T(metaclass=Tracing):
    a = 1
    def f(self): return "f"
print(T.a, T().f(), T().a)

# method resolution: class attribute found before metaclass non-data descriptor
class M2(type):
    def who(cls): return "meta who"
class Both(metaclass=M2):
    def who(self): return "instance who"
print(Both.who(Both()), M2.who(Both), Both().who())
err(lambda: Both.who())

# type's own attributes through a metaclass
print(C.__name__, C.__qualname__, C.__mro__[0] is C, C.__class__ is Meta, type(C) is Meta)
print(sorted(n for n in dir(C) if not n.startswith("__")))
