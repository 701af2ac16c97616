# super(): zero-argument and explicit forms, errors, reprs.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
    attr = "A.attr"

class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def s2(self): return super().s()
    @property
    def p(self): return "B.p>" + super().p
    def explicit(self): return super(B, self).f()
    def attr_via(self): return super().attr

b = B()
print(b.f(), B.c(), b.c(), b.s2(), b.p, b.explicit(), b.attr_via())

print(super(B, b).f())
print(super(B, B).c())
s = super(B, b)
print(s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
print(repr(super(B, b)).startswith("<super: <class 'B'>, <B object"))
print(repr(super(B)))
u = super(B)
print(u.__self__, u.__self_class__)

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: super(B, 1))
err(lambda: super(1, b))
err(lambda: super(B, b).missing)
err(lambda: super())
err(lambda: super(B, A))
err(lambda: super(B, b).f2)

class C:
    def m(self):
        def inner():
            return super().m()
        return inner()
err(lambda: C().m())

class D:
    def m():
        return super().x
err(lambda: D.m())

class E(A):
    def f(self):
        del self
        return super().f()
err(lambda: E().f())

class F(A):
    def f(self):
        return __class__.__name__
print(F().f())

# super with __getattr__ on class is not consulted
class G(A):
    def __getattr__(self, n): return "G.getattr " + n
    def q(self):
        try:
            return super().nothing
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(G().q())

# super in __new__ and __init_subclass__
class H:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
print(H(1, 2).args)

# super() setattr is refused
class S(A):
    def set(self):
        super().attr = 1
err(lambda: S().set())

# super descriptor get
class T(A):
    pass
sup = super(T)
print(sup.__get__(T(), T).f())
