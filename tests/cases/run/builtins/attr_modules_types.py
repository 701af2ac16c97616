# getattr/setattr/delattr/hasattr on modules (with __getattr__), classes, functions and built-in objects.
import math, types
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
m = types.ModuleType("mm")
t("delattr module missing", lambda: delattr(m, "nope"))
t("getattr module missing", lambda: getattr(m, "nope"))
t("module getattr hook", lambda: (setattr(m, "__getattr__", lambda n: "hooked " + n), getattr(m, "zz"))[1])
t("hasattr module hook", lambda: hasattr(m, "anything"))
t("delattr builtin module", lambda: delattr(math, "pi") or hasattr(math, "pi"))
t("setattr type slot", lambda: setattr(type("T", (), {}), "__len__", lambda self: 5))
t("len after slot set", lambda: (lambda T: (setattr(T, "__len__", lambda self: 5), len(T()))[1])(type("T", (), {})))
t("delattr type attr", lambda: (lambda T: (delattr(T, "x"), hasattr(T, "x"))[1])(type("T", (), {"x": 1})))
t("delattr type missing", lambda: delattr(type("T", (), {}), "x"))
t("getattr on None", lambda: getattr(None, "x"))
t("getattr on int class", lambda: getattr(int, "x"))
t("getattr on instance slots", lambda: getattr(type("S", (), {"__slots__": ("a",)})(), "a"))
t("getattr suggestion", lambda: getattr(math, "pii"))
t("setattr on str", lambda: setattr("s", "x", 1))
t("setattr on function", lambda: (lambda f: (setattr(f, "x", 1), f.x)[1])(lambda: 0))
t("delattr function __name__", lambda: delattr(lambda: 0, "__name__"))
t("setattr function __name__ int", lambda: setattr(lambda: 0, "__name__", 5))
t("setattr __class__ int", lambda: setattr(object(), "__class__", int))
t("getattr __dict__ of class", lambda: type(getattr(int, "__dict__")).__name__)
