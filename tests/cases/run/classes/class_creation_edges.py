def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
t("getattribute", lambda: (GA().secret, GA().missing))
class GAErr:
    def __getattribute__(self, name):
        raise AttributeError("always")
    def __getattr__(self, name):
        return "getattr after getattribute AttributeError"
t("getattribute->getattr", lambda: GAErr().x)
class SetAttr:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
s = SetAttr(); s.v = 2
t("setattr override", lambda: s.v)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
t("metaclass conflict", lambda: type("C", (A, B), {}))
t("metaclass conflict stmt", lambda: exec("class C(A, B): pass", {"A": A, "B": B}))
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["added_by_meta"] = True
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.init_ran = True
    def method_on_meta(cls):
        return "meta method " + cls.__name__
class UsesMeta(metaclass=Meta): pass
t("meta attrs", lambda: (UsesMeta.added_by_meta, UsesMeta.init_ran, UsesMeta.method_on_meta()))
t("meta method not on instance", lambda: UsesMeta().method_on_meta())
t("type(obj).__call__", lambda: type(UsesMeta).__name__)
t("__init_subclass__ kw error", lambda: type("X", (object,), {}, flag=1))
t("class kw error", lambda: exec("class X(flag=1): pass"))
class WithNew:
    def __new__(cls, *a):
        return 42
t("new returns other", lambda: WithNew())
class InitReturns:
    def __init__(self):
        return 5
t("init returns non-None", lambda: InitReturns())
t("object() args", lambda: object(1))
class OnlyInit:
    def __init__(self, a): self.a = a
t("new with extra args ok", lambda: OnlyInit(1).a)
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
t("init extra args ok", lambda: type(OnlyNew(1)).__name__)
t("object.__new__ extra", lambda: object.__new__(OnlyInit, 1).__class__.__name__)
t("object.__init__ extra", lambda: object.__init__(OnlyInit.__new__(OnlyInit), 1))
class Abstractish:
    def __init_subclass__(cls, /, required, **kw):
        cls.required = required
t("init_subclass missing", lambda: type("Y", (Abstractish,), {}))
t("class getitem", lambda: list[int].__origin__)
t("__class__ assign", lambda: (lambda o: (setattr(o, "__class__", OnlyNew), type(o).__name__)[1])(OnlyInit(1)))
t("__class__ assign bad", lambda: setattr(1, "__class__", str))
t("__dict__ assign", lambda: (lambda o: (setattr(o, "__dict__", {"z": 1}), o.z)[1])(OnlyInit(1)))
class Desc:
    def __get__(self, o, t=None): return "meta desc"
class MetaD(type):
    x = Desc()
class UsesMD(metaclass=MetaD): pass
t("metaclass descriptor", lambda: UsesMD.x)
t("instance can't see meta attr", lambda: UsesMD().x)
class SN:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed")
t("set_name error", lambda: type("Z", (), {"a": SN()}))
t("set_name error stmt", lambda: exec("class Z:\n    a = SN()", {"SN": SN}))
t("mro entries", lambda: type("E", (list[int],), {}).__mro__)
t("class with __mro_entries__", lambda: exec("class E(list[int]): pass\nprint(E.__orig_bases__)"))
t("instance check override", lambda: isinstance(1, type("M", (type,), {"__instancecheck__": lambda c, i: True})("X", (), {})))
t("subclass check override", lambda: issubclass(int, type("M", (type,), {"__subclasscheck__": lambda c, s: True})("X", (), {})))
t("isinstance tuple nested", lambda: isinstance(1, (str, (int, float))))
t("isinstance bad", lambda: isinstance(1, 1))
t("issubclass bad", lambda: issubclass(1, int))
t("isinstance union", lambda: isinstance(1, int | str))
