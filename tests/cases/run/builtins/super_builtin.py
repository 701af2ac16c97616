# super(): zero-arg and explicit forms, MRO walking, descriptors, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho " + cls.__name__
    @staticmethod
    def swho():
        return "A.swho"
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
    @classmethod
    def cwho(cls):
        return "D>" + super().cwho()
    def explicit(self):
        return super(B, self).who()
    def prop_via_super(self):
        return super().prop
    def static_via_super(self):
        return super().swho()
d = D()
t("mro chain", lambda: d.who())
t("classmethod", lambda: D.cwho())
t("explicit", lambda: d.explicit())
t("property", lambda: d.prop_via_super())
t("static", lambda: d.static_via_super())
t("super repr", lambda: repr(super(D, d)).startswith("<super: <class 'D'>, <D object>"))
t("unbound super", lambda: repr(super(D)))
t("attrs", lambda: (super(D, d).__thisclass__.__name__, super(D, d).__self_class__.__name__, super(D, d).__self__ is d))
t("type second arg", lambda: super(B, D).who(d))
t("not subclass", lambda: super(D, A()))
t("bad first", lambda: super(1, d))
t("no args outside", lambda: super())
t("too many", lambda: super(D, d, 1))
t("kw", lambda: super(type=D))
t("missing attr", lambda: super(D, d).nope)
t("super of object", lambda: super(A, A()).who())
def outside(self):
    return super().who()
t("zero-arg in plain function", lambda: outside(d))
class E(A):
    def f(self):
        return [super().who() for _ in range(2)]
    def g(self):
        return (lambda: super().who())()
    def h(self):
        del self
        return super().who()
    def i(*args):
        return super().who()
t("in comprehension", lambda: E().f())
t("in lambda", lambda: E().g())
t("self deleted", lambda: E().h())
t("varargs method", lambda: E().i())
class F(A):
    def who(self):
        __class__ = None
        return "shadowed"
t("class cell shadow", lambda: F().who())
class G:
    def __init__(self):
        self.log = []
        super().__init__()
class H(G):
    def __init__(self):
        super().__init__()
        self.log.append("H")
t("init chain", lambda: H().log)
class SetSuper(A):
    def setter(self):
        super().x = 1
t("assign through super", lambda: SetSuper().setter())
class New:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.args = a
        return obj
t("new", lambda: New(1, 2).args)
t("super get", lambda: super(D).__get__(d).who())
class Meta(type):
    def __call__(cls, *a):
        return ("meta", super().__call__(*a).__class__.__name__)
class WithMeta(metaclass=Meta):
    pass
t("metaclass call", lambda: WithMeta())
t("init_subclass", lambda: type("X", (A,), {"__init_subclass__": classmethod(lambda cls: super(cls).__init_subclass__())}).__name__)
