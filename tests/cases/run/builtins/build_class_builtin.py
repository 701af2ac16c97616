# __build_class__ called directly: bodies, bases, metaclasses, keywords, errors.
import builtins
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

def body():
    x = 1
    def method(self):
        return "m"
C = __build_class__(body, "C")
t("basic", lambda: (C.__name__, C.x, C().method(), C.__module__, C.__qualname__))
class Base:
    pass
D = __build_class__(lambda: None, "D", Base)
t("with base", lambda: (D.__bases__, D.__qualname__))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}
def body2():
    y = 2
E = __build_class__(body2, "E", metaclass=Meta, flag=1)
t("metaclass", lambda: (type(E).__name__, E.prepared, E.y))
t("no args", lambda: __build_class__())
t("one arg", lambda: __build_class__(body))
t("func not function", lambda: __build_class__(5, "X"))
t("name not str", lambda: __build_class__(body, 5))
t("metaclass not callable", lambda: __build_class__(body, "X", metaclass=5))
t("bad base", lambda: __build_class__(body, "X", 5))
t("lambda body returns", lambda: __build_class__(lambda: 5, "X").__name__)
t("body with args", lambda: __build_class__(lambda a: None, "X"))
def prepare_non_mapping():
    class M(type):
        @classmethod
        def __prepare__(mcls, name, bases):
            return 5
    return __build_class__(body, "X", metaclass=M)
t("prepare non-mapping", prepare_non_mapping)
class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
F = __build_class__(lambda: None, "F", Entry())
t("mro_entries", lambda: (F.__bases__, F.__orig_bases__[0].__class__.__name__))
class BadEntry:
    def __mro_entries__(self, bases):
        return [Base]
t("mro_entries non-tuple", lambda: __build_class__(lambda: None, "G", BadEntry()))
t("metaclass function", lambda: __build_class__(body, "H", metaclass=lambda n, b, ns: (n, b, sorted(ns))))
class M1(type): pass
class M2(type): pass
A1 = M1("A1", (), {})
A2 = M2("A2", (), {})
t("metaclass conflict", lambda: __build_class__(lambda: None, "I", A1, A2))
t("type name", lambda: type(__build_class__).__name__)
calls = []
real = builtins.__build_class__
def hook(func, name, *bases, **kw):
    calls.append(name)
    return real(func, name, *bases, **kw)
builtins.__build_class__ = hook
class Hooked:
    pass
builtins.__build_class__ = real
t("hook", lambda: (calls, Hooked.__name__))
del builtins.__build_class__
try:
    class Lost:
        pass
except NameError as e:
    print("NameError", e)
builtins.__build_class__ = real
def classcell_body():
    def m(self):
        return __class__
    return None
J = __build_class__(classcell_body, "J")
t("class cell", lambda: J().m() is J if hasattr(J, "m") else "no m")
