# Zero-argument super() in unusual places, and its errors.
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

class Base:
    def m(self): return "Base.m"
    @classmethod
    def cm(cls): return "Base.cm(" + cls.__name__ + ")"
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, sorted(kw))

class Child(Base, tag=1):
    def m(self): return "Child.m>" + super().m()
    @classmethod
    def cm(cls): return "Child.cm>" + super().cm()
    @staticmethod
    def sm():
        return super().m()
    def gen(self):
        yield super().m()
        yield super().m()
    def nested(self):
        def inner():
            return super().m()
        return inner()
    def lam(self):
        return (lambda: super().m())()
    def comp(self):
        return [super().m() for _ in range(2)]
    def cls_cell(self):
        return __class__
    def noargs_reassigned(self):
        self = None
        return super().m()
    def with_arg_del(self):
        del self
        return super().m()
    def star(*args):
        return super().m()

c = Child()
show(c.m)
show(Child.cm)
show(c.cm)
show(Child.sm)
show(lambda: list(c.gen()))
show(c.nested)
show(c.lam)
show(c.comp)
show(lambda: c.cls_cell().__name__)
show(c.noargs_reassigned)
show(c.with_arg_del)
show(c.star)

class Sub(Base):
    def __init_subclass__(cls, **kw):
        print("Sub hook for", cls.__name__)
        super().__init_subclass__(**kw)

class Leaf(Sub, color="red"): pass

def outside():
    return super()
show(outside)

class Holder:
    def f(self):
        return super()
h = Holder().f()
print(type(h).__name__, h.__thisclass__.__name__, type(h.__self__).__name__)

class E(Exception):
    def __str__(self):
        return "E:" + super().__str__()
print(str(E("boom")))

class D(dict):
    def __getitem__(self, k):
        return ("wrapped", super().__getitem__(k))
d = D(a=1)
print(d["a"])
show(lambda: d["zz"])

# super() inside a method defined outside the class has no __class__ cell
def late(self):
    return super().m()
Child.late = late
show(lambda: c.late())
