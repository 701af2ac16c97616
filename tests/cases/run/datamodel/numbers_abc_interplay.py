# The numbers ABCs, and user numeric types mixing with int, float, Fraction and Decimal.
import numbers, fractions, decimal
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in (1, True, 1.5, 2j, fractions.Fraction(1, 3), decimal.Decimal("1.5")):
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                        numbers.Rational, numbers.Integral)])

class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.cents + o.cents)
        if isinstance(o, int): return Money(self.cents + o * 100)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, o):
        if isinstance(o, numbers.Real): return Money(round(self.cents * o))
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    __hash__ = None
numbers.Number.register(Money)
print(isinstance(Money(1), numbers.Number), isinstance(Money(1), numbers.Real))
print(Money(150) + Money(50), 2 + Money(5), Money(5) + 2, sum([Money(1), Money(2)], Money(0)), sum([Money(3)]))
print(Money(100) * 1.5, 3 * Money(7), Money(10) * fractions.Fraction(1, 3))
err(lambda: Money(1) + 1.5)
err(lambda: Money(1) * "x")

# Fraction and Decimal defer to a user type's reflected methods
class Tag:
    def __radd__(self, o): return ("radd", type(o).__name__)
    def __rtruediv__(self, o): return ("rtruediv", type(o).__name__)
    def __rpow__(self, o): return ("rpow", type(o).__name__)
for v in (fractions.Fraction(1, 2), decimal.Decimal(3), 1, 1.0, 1j):
    print(v + Tag(), v / Tag(), v ** Tag())

# a full numbers.Integral implementation via __index__ and friends
class Small(numbers.Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __repr__(self): return f"Small({self.v})"
    def __eq__(self, o): return int(self) == int(o)
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __abs__(self): return Small(abs(self.v))
    def __add__(self, o): return Small(self.v + int(o))
    def __radd__(self, o): return Small(int(o) + self.v)
    def __neg__(self): return Small(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return Small(self.v * int(o))
    def __rmul__(self, o): return Small(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __floordiv__(self, o): return Small(self.v // int(o))
    def __rfloordiv__(self, o): return Small(int(o) // self.v)
    def __mod__(self, o): return Small(self.v % int(o))
    def __rmod__(self, o): return Small(int(o) % self.v)
    def __pow__(self, o, m=None): return Small(pow(self.v, int(o), m))
    def __rpow__(self, o): return Small(int(o) ** self.v)
    def __lshift__(self, o): return Small(self.v << int(o))
    def __rlshift__(self, o): return Small(int(o) << self.v)
    def __rshift__(self, o): return Small(self.v >> int(o))
    def __rrshift__(self, o): return Small(int(o) >> self.v)
    def __and__(self, o): return Small(self.v & int(o))
    def __rand__(self, o): return Small(int(o) & self.v)
    def __xor__(self, o): return Small(self.v ^ int(o))
    def __rxor__(self, o): return Small(int(o) ^ self.v)
    def __or__(self, o): return Small(self.v | int(o))
    def __ror__(self, o): return Small(int(o) | self.v)
    def __invert__(self): return Small(~self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
s = Small(6)
print(s + 1, 1 + s, s * 2, s / 4, s // 4, 7 % s, s ** 2, 1 << s, s & 3, ~s, -s, abs(Small(-2)))
print(float(s), complex(s), s.real, s.imag, s.numerator, s.denominator, s.conjugate())
print([10, 20, 30, 40, 50, 60, 70][s], [0] * 2, hex(s), range(s)[-1], fractions.Fraction(s, 4))
print(isinstance(s, numbers.Rational), s == 6, s < 7, sorted([Small(3), Small(1)]))
err(lambda: numbers.Integral())
