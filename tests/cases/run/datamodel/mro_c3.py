# C3 linearization and the consistency error.
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
print(names(K1), names(K2), names(K3))
print(Z.mro() == list(Z.__mro__))

class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Conflict(PQ, QP): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(P, P): pass
except TypeError as e:
    print("TypeError:", e)

# diamond
class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left>" + super().who()
class Right(Base):
    def who(self): return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self): return "Bottom>" + super().who()
print(Bottom().who(), names(Bottom))

# custom mro via metaclass
class ReverseMeta(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class R1: 
    tag = "R1"
class R2:
    tag = "R2"
class R(R1, R2, metaclass=ReverseMeta): pass
print(names(R), R.tag)

class BadMroMeta(type):
    def mro(cls):
        return [1]
try:
    class BM(metaclass=BadMroMeta): pass
except TypeError as e:
    print("TypeError:", e)

print(object.__mro__, int.__mro__, bool.__mro__)
print(names(type), type.mro(int))
try:
    type.mro()
except TypeError as e:
    print("TypeError:", e)
class Mixin: pass
class Sub(int, Mixin): pass
print(names(Sub))
