class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents) if isinstance(other, Money) else NotImplemented
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __neg__(self):
        return Money(-self.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __bool__(self):
        return self.cents != 0
    def __hash__(self):
        return hash(self.cents)
a, b = Money(150), Money(50)
print(a + b, a - b, a * 2, 3 * b, -a, sum([a, b]), a + 1, 1 + a)
print(a == Money(150), a != b, a > b, sorted([a, b]), bool(Money(0)))
try:
    a - 1
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base())
class Reflect:
    def __eq__(self, other):
        print("Reflect.__eq__")
        return NotImplemented
print(Reflect() == Reflect(), Reflect() != 1)
class Matrix:
    def __matmul__(self, o):
        return "matmul"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __imatmul__(self, o):
        return "imatmul"
m = Matrix()
print(m @ 1, 1 @ m)
m @= 2
print(m)
class Pow:
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b):
        return ("rpow", b)
print(Pow() ** 2, pow(Pow(), 2, 5), 2 ** Pow())
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx():], bin(Idx()), 3 * Idx() if False else range(Idx()))
