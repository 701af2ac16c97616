# A metaclass may override mro(); the result becomes __mro__.
class Reversing(type):
    def mro(cls):
        default = super().mro()
        print("mro() called for", cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]

class A: x = "A"
class B: x = "B"
class C(A, B, metaclass=Reversing): pass
print([k.__name__ for k in C.__mro__])
print(C.x)
print(type(C).mro(C) == [C, B, A, object])

class Injecting(type):
    def mro(cls):
        return [cls, Mixin, object]

class Mixin:
    def hello(self): return "from mixin"

class D(metaclass=Injecting): pass
print([k.__name__ for k in D.__mro__])
print(D().hello())
print(D.__bases__)
print(issubclass(D, Mixin), isinstance(D(), Mixin))

class BadReturn(type):
    def mro(cls):
        return 42
try:
    class E(metaclass=BadReturn): pass
except TypeError as e:
    print(type(e).__name__, e)

class BadEntry(type):
    def mro(cls):
        return [cls, 1, object]
try:
    class F(metaclass=BadEntry): pass
except TypeError as e:
    print(type(e).__name__, e)

class Raising(type):
    def mro(cls):
        raise ValueError("no mro for " + cls.__name__)
try:
    class G(metaclass=Raising): pass
except ValueError as e:
    print(type(e).__name__, e)

class TupleReturn(type):
    def mro(cls):
        return (cls, object)
class H(metaclass=TupleReturn): pass
print(H.__mro__)

class Counting(type):
    calls = 0
    def mro(cls):
        Counting.calls += 1
        return super().mro()
class I0: pass
class I(I0, metaclass=Counting): pass
class J(I): pass
print(Counting.calls)
J.__bases__ = (I,)
print(Counting.calls)
class K: pass
I.__bases__ = (K,)
print(Counting.calls, [k.__name__ for k in J.__mro__])

print(type.mro(int))
print(type.mro(bool))
try:
    type.mro(5)
except TypeError as e:
    print(type(e).__name__, e)
