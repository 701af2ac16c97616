# getattr/setattr/delattr/hasattr: defaults, descriptors, __getattr__, errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    @property
    def boom(self):
        raise ValueError("property failed")
    @property
    def missing(self):
        raise AttributeError("inner missing")
c = C()
t("getattr", lambda: getattr(c, "x"))
t("getattr class attr", lambda: getattr(c, "cls_attr"))
t("getattr default", lambda: getattr(c, "nope", "dflt"))
t("getattr default None", lambda: getattr(c, "nope", None))
t("getattr missing", lambda: getattr(c, "nope"))
t("getattr boom default", lambda: getattr(c, "boom", "d"))
t("getattr missing prop default", lambda: getattr(c, "missing", "d"))
t("getattr non-str", lambda: getattr(c, 1))
t("getattr non-str default", lambda: getattr(c, 1, 2))
t("getattr one arg", lambda: getattr(c))
t("getattr four args", lambda: getattr(c, "x", 1, 2))
t("getattr kw", lambda: getattr(c, "x", default=1))
t("getattr module", lambda: getattr(__import__("math"), "nope"))
t("getattr type", lambda: getattr(int, "nope"))
t("hasattr", lambda: (hasattr(c, "x"), hasattr(c, "nope"), hasattr(c, "missing")))
t("hasattr propagates", lambda: hasattr(c, "boom"))
t("hasattr non-str", lambda: hasattr(c, None))
t("hasattr one arg", lambda: hasattr(c))
t("setattr", lambda: (setattr(c, "y", 5), c.y))
t("setattr returns", lambda: setattr(c, "z", 1))
t("setattr non-str", lambda: setattr(c, 3, 1))
t("setattr int", lambda: setattr(1, "real", 2))
t("setattr builtin type", lambda: setattr(int, "foo", 1))
t("setattr object", lambda: setattr(object(), "a", 1))
t("setattr two args", lambda: setattr(c, "a"))
t("setattr property no setter", lambda: setattr(c, "boom", 1))
t("delattr", lambda: (delattr(c, "y"), hasattr(c, "y")))
t("delattr missing", lambda: delattr(c, "y"))
t("delattr class attr via instance", lambda: delattr(c, "cls_attr"))
t("delattr non-str", lambda: delattr(c, 5))
t("delattr one arg", lambda: delattr(c))

class Dyn:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("wrapped", value))
    def __delattr__(self, name):
        print("deleting", name)
d = Dyn()
t("dyn getattr", lambda: getattr(d, "dyn_abc"))
t("dyn hasattr", lambda: (hasattr(d, "dyn_q"), hasattr(d, "other")))
t("dyn default", lambda: getattr(d, "other", 0))
t("dyn setattr", lambda: (setattr(d, "k", 3), d.k))
t("dyn delattr", lambda: delattr(d, "anything"))

class S(str):
    pass
t("str subclass name", lambda: getattr(c, S("x")))
t("setattr str subclass", lambda: (setattr(c, S("w"), 9), c.w))
t("getattr dunder", lambda: getattr(c, "__class__").__name__)
t("unicode name", lambda: (setattr(c, "\u00e9t\u00e9", 1), getattr(c, "\u00e9t\u00e9")))
t("non-identifier name", lambda: (setattr(c, "a b", 2), getattr(c, "a b"), sorted(vars(c))))
class Slots:
    __slots__ = ("a",)
s = Slots()
t("slots unset", lambda: getattr(s, "a"))
t("slots set other", lambda: setattr(s, "b", 1))
t("slots del unset", lambda: delattr(s, "a"))
