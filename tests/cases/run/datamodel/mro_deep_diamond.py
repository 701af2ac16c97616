# C3 linearization over deep diamonds and the errors when no order exists.
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))
print(Z.mro() == list(Z.__mro__))

class Top: pass
class L(Top): pass
class R(Top): pass
class LL(L): pass
class RR(R): pass
class Bottom(LL, RR): pass
print(names(Bottom))
class Bottom2(RR, LL, Top): pass
print(names(Bottom2))

def attempt(label, bases):
    try:
        cls = type(label, bases, {})
        print(label, names(cls))
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("X1", (A, K1))
attempt("X2", (K1, A))
attempt("X3", (O, A))
attempt("X4", (A, O))
attempt("X5", (K1, K3))
attempt("X6", (K3, K1))
attempt("X7", (A, B, A))
attempt("X8", (object, A))
attempt("X9", (LL, L, RR))
attempt("X10", (L, LL))

class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Bad(PQ, QP): pass
except TypeError as e:
    print("class stmt:", e)

try:
    class Dup(A, A): pass
except TypeError as e:
    print("dup:", e)

try:
    class Dup2(A, B, A): pass
except TypeError as e:
    print("dup2:", e)

# method resolution follows the linearization
class M0:
    def who(self): return "M0"
class M1(M0):
    def who(self): return "M1>" + super().who()
class M2(M0):
    def who(self): return "M2>" + super().who()
class M3(M1, M2):
    def who(self): return "M3>" + super().who()
class M4(M2):
    def who(self): return "M4>" + super().who()
class M5(M3, M4):
    def who(self): return "M5>" + super().who()
print(names(M5))
print(M5().who())

# __bases__ reassignment recomputes the MRO
class N1: x = 1
class N2: x = 2
class N3(N1): pass
print(N3.x, names(N3))
N3.__bases__ = (N2,)
print(N3.x, names(N3))
try:
    N3.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    N3.__bases__ = (N3,)
except TypeError as e:
    print(type(e).__name__, e)
class N4(N3): pass
try:
    N3.__bases__ = (N4,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    N3.__bases__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    N3.__bases__ = [N1]
except TypeError as e:
    print(type(e).__name__, e)
print(names(N4))
N3.__bases__ = (N1, N2)
print(names(N4), N4.x)
