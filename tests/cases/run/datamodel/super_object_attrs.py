# super objects: attributes, repr, descriptor binding through super.
class A:
    def f(self): return "A.f"
    @property
    def p(self): return "A.p"
    @p.setter
    def p(self, v): print("A.p set", v)
    @classmethod
    def c(cls): return "A.c:" + cls.__name__
    @staticmethod
    def s(x): return "A.s:" + str(x)
    data = [1, 2]

class B(A):
    def f(self): return "B.f"

b = B()
sp = super(B, b)
print(sp.__thisclass__ is B, sp.__self__ is b, sp.__self_class__ is B)
print(sp.f(), sp.p, sp.c(), sp.s(3), sp.data)
print(repr(sp).replace(hex(id(b)), "ADDR"))
print(super(B, B).c(), super(B, B).f(b))
print(repr(super(B, B)))
print(repr(super(A, b)))
unbound = super(B)
print(repr(unbound), unbound.__self__, unbound.__self_class__)
bound = unbound.__get__(b, B)
print(bound.f(), bound.__self__ is b)
print(super(B).__get__(None, B) is not None)
print(type(super(B, b)).__name__)
print(sp.__class__ is super)

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: sp.missing)
show(lambda: setattr(sp, "p", 5))
show(lambda: delattr(sp, "p"))
show(lambda: setattr(sp, "x", 1))
show(lambda: super(B, 3))
show(lambda: super(3, b))
show(lambda: super(int, b))
show(lambda: super(B, b, 1))
show(lambda: super(B, A))
show(lambda: super(A, B).f)
show(lambda: super(object, b).f)
show(lambda: super(B, b).__class__.__name__)
show(lambda: super(B, b).__doc__ is None)
show(lambda: super(type, B).__name__)
show(lambda: super(B, b).__thisclass__.__name__)

class M(type):
    def meta(cls): return "meta of " + cls.__name__
class X(metaclass=M): pass
class Y(X): pass
show(lambda: super(Y, Y).meta())
show(lambda: super(M, Y).meta())

# attributes defined on super itself shadow nothing in the MRO
class W:
    __thisclass__ = "class attr"
class V(W): pass
show(lambda: super(V, V()).__thisclass__)

# super with __getattribute__ of the instance is not consulted
class G:
    def __getattribute__(self, n):
        return "intercepted " + n
    def real(self): return "real"
class H(G):
    def real(self): return "H.real"
show(lambda: H().real)
show(lambda: super(H, H()).real())

# super(type, obj) where obj is instance of subclass
class I(B): pass
i = I()
show(lambda: super(B, i).f())
show(lambda: super(I, i).f())
show(lambda: super(A, i).f())
