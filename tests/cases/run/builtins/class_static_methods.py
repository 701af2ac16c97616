# classmethod and staticmethod objects: binding, attributes, wrapping, errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class C:
    @classmethod
    def cm(cls, x=1):
        "cm doc"
        return (cls.__name__, x)
    @staticmethod
    def sm(x, y=2):
        "sm doc"
        return x + y
    cprop = classmethod(property(lambda cls: "class property"))
class D(C):
    pass
print(C.cm(), D.cm(5), C().cm(), D().cm(x=3))
print(C.sm(1), C().sm(1, 1), D.sm(x=4))
print(C.cm.__name__, C.cm.__doc__, C.sm.__name__, C.sm.__doc__, C.sm.__qualname__)
raw_cm = C.__dict__["cm"]
raw_sm = C.__dict__["sm"]
print(type(raw_cm).__name__, type(raw_sm).__name__)
print(raw_cm.__func__.__name__, raw_sm.__func__.__name__, raw_sm.__wrapped__ is raw_sm.__func__)
print(raw_sm(10), callable(raw_sm), callable(raw_cm))
print(raw_cm.__get__(None, D)(), raw_cm.__get__(D())())
print(raw_sm.__get__(None, C)(1), raw_cm.__isabstractmethod__, raw_sm.__isabstractmethod__)
print(C.cprop)
t("call classmethod object", lambda: raw_cm(1))
t("classmethod no args", lambda: classmethod())
t("staticmethod no args", lambda: staticmethod())
t("classmethod two args", lambda: classmethod(len, len))
t("classmethod kw", lambda: classmethod(f=len))
t("staticmethod kw", lambda: staticmethod(f=len))
t("classmethod non-callable", lambda: classmethod(5))
t("classmethod non-callable call", lambda: type("X", (), {"m": classmethod(5)}).m())
t("staticmethod non-callable call", lambda: type("X", (), {"m": staticmethod(5)}).m())
t("cm get no args", lambda: raw_cm.__get__())
t("cm get None None", lambda: raw_cm.__get__(None, None))
sm = staticmethod(len)
print(sm.__name__, sm.__doc__[:20], sm("abc"))
print(repr(staticmethod(len)).startswith("<staticmethod("), repr(classmethod(len)).startswith("<classmethod("))
cm = classmethod(lambda c: c)
cm.extra = "attr"
print(cm.extra, cm.__dict__ == {"extra": "attr"} or sorted(cm.__dict__))
class Sub(staticmethod):
    pass
print(type(Sub(len)).__name__, Sub(len)("xy"))
def f(): pass
f.__annotations__ = {"r": int}
print(staticmethod(f).__annotations__, classmethod(f).__wrapped__ is f)
class E:
    sm = staticmethod(print)
E.sm("through", "staticmethod", sep="+")
