# int subclasses: overridden methods, results type, conversions.
class Money(int):
    def __new__(cls, value, currency="EUR"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__
    def __str__(self):
        return f"{int(self)} {self.currency}"

m = Money(5, "USD")
print(m, repr(m), m + 3, 3 + m, type(m * 2).__name__, m * 2, m - 1, type(m - 1).__name__)
print(sum([Money(1), Money(2)]), f"{m}", f"{m:5d}", "%d" % m, "%s" % m, str(int(m)))
print(int(m), type(int(m)).__name__, float(m), hex(m), bin(m), abs(Money(-2)), type(abs(Money(-2))).__name__)
print(m == 5, hash(m) == hash(5), {m: 1}[5], [10, 20, 30, 40, 50, 60][m], range(m)[-1])

class Flags(int):
    def __or__(self, o): return Flags(int.__or__(self, o))
    def __repr__(self): return f"Flags({int(self):#x})"
print(Flags(1) | 2, 2 | Flags(1), Flags(4).bit_length(), Flags(1).real, type(Flags(1).real).__name__)
print(Flags(3).numerator, type(Flags(3).numerator).__name__, Flags(3).conjugate(), type(-Flags(3)).__name__)
print(int.__repr__(Flags(10)), int.__str__(Flags(10)), format(Flags(10), "x"))

class Index(int):
    def __index__(self): return 99
print([1, 2, 3][Index(1)], hex(Index(5)), range(Index(2)), operator_index := None)

class BadNew(int):
    def __new__(cls): return super().__new__(cls, "12")
print(BadNew(), type(BadNew()).__name__)
try:
    int.__new__(str, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(Money, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    Money()
except TypeError as e:
    print("TypeError:", e)

class Big(int): pass
b = Big(2 ** 80)
print(b, type(b).__name__, b.bit_length(), Big("ff", 16), Big(3.9), Big(True), type(Big(True)).__name__)
print(isinstance(True, int), True.__class__.__mro__)
print(int(Big(7)), Big(7) // 2, Big(7) ** 2, divmod(Big(7), 2), round(Big(7)), type(round(Big(7))).__name__)
class IntStr(int):
    def __str__(self): return "custom str"
    def __format__(self, spec): return "custom format " + spec
print(str(IntStr(1)), f"{IntStr(1)}", f"{IntStr(1):>3}", repr(IntStr(1)), "%d" % IntStr(1), "{}".format(IntStr(1)))
