# Choosing the most derived metaclass, and metaclass conflicts.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass

try:
    class AB(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class AC(A, C): pass
print(type(AC).__name__)
class CA(C, A): pass
print(type(CA).__name__)
class Explicit(A, metaclass=M3): pass
print(type(Explicit).__name__)
class Plain(A, metaclass=type): pass
print(type(Plain).__name__)
try:
    class Wrong(A, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)

err(lambda: type("T", (A, B), {}))
err(lambda: type(type("T", (A, C), {})).__name__)
err(lambda: M2("T", (A,), {}))
err(lambda: type(M1("T", (C,), {})).__name__)

# a function as metaclass is called directly, no conflict check
def factory(name, bases, ns):
    print("factory", name, [b.__name__ for b in bases])
    return type(name, bases, ns)
class F(A, metaclass=factory): pass
print(type(F).__name__)

def returns_other(name, bases, ns):
    return 42
class G(metaclass=returns_other): pass
print(G)

# metaclass that is not a type subclass but callable
class Callable:
    def __call__(self, name, bases, ns, **kw):
        return ("made", name, kw)
class H(metaclass=Callable(), k=1): pass
print(H)

# the metaclass of a derived class must be a (non-strict) subclass of all bases' metaclasses
class N1(type): pass
class N2(N1): pass
class N3(N1): pass
class X(metaclass=N2): pass
class Y(metaclass=N3): pass
try:
    class XY(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class N23(N2, N3): pass
class XY2(X, Y, metaclass=N23): pass
print(type(XY2).__name__)

# a non-class base with __mro_entries__ does not contribute its type
class Fake:
    def __mro_entries__(self, bases):
        return (A,)
class FromFake(Fake()): pass
print(type(FromFake).__name__, [k.__name__ for k in FromFake.__mro__])

# non-type bases
err(lambda: type("T", (1,), {}))
try:
    class Q(1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Q2(len): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Q3(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
