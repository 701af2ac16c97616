# vars(): modules, classes, instances, __dict__ overrides, no-argument form, errors.
import math
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
t("instance", lambda: vars(c))
t("instance identity", lambda: vars(c) is c.__dict__)
t("class", lambda: type(vars(C)).__name__)
t("class keys", lambda: [k for k in vars(C) if not k.startswith("__")])
t("module", lambda: vars(math) is math.__dict__)
t("int", lambda: vars(1))
t("list", lambda: vars([]))
t("object", lambda: vars(object()))
t("None", lambda: vars(None))
t("two args", lambda: vars(c, c))
t("kw", lambda: vars(object=c))
class Slots:
    __slots__ = ("x",)
t("slots", lambda: vars(Slots()))
class CustomDict:
    @property
    def __dict__(self):
        return {"custom": True}
t("property __dict__", lambda: vars(CustomDict()))
class NonDictDict:
    __dict__ = 5
t("non-dict __dict__", lambda: vars(NonDictDict()))
class RaisingDict:
    @property
    def __dict__(self):
        raise RuntimeError("dict failed")
t("raising __dict__", lambda: vars(RaisingDict()))
class AttrErrDict:
    @property
    def __dict__(self):
        raise AttributeError("hidden")
t("attributeerror __dict__", lambda: vars(AttrErrDict()))
def f(x, y=2):
    z = x + y
    return vars()
t("no args in function", lambda: f(1))
t("no args module", lambda: vars() is globals())
def g():
    v = 1
    return vars() == locals()
t("vars equals locals", g)
vars(c)["new"] = 3
t("write through", lambda: c.new)
import types
ns = types.SimpleNamespace(p=1, q=2)
t("namespace", lambda: vars(ns))
t("function", lambda: (lambda fn: (setattr(fn, "tag", 1), vars(fn))[1])(lambda: 0))
t("type", lambda: "__dict__" in vars(type))
class DictSub(dict):
    pass
class HasDictSub:
    pass
h = HasDictSub()
h.__dict__ = DictSub(k=1)
t("dict subclass", lambda: (type(vars(h)).__name__, vars(h)))
t("mappingproxy readonly", lambda: vars(C).__setitem__("x", 1))
