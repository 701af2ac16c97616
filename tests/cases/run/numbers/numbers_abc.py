def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import numbers
from fractions import Fraction
from decimal import Decimal

for v in [1, True, 1.5, 1j, Fraction(1, 2), Decimal("1.5"), "1", None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
for c in (int, bool, float, complex):
    print(c.__name__, [issubclass(c, k) for k in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
class MyNum(numbers.Integral):
    pass
t("abstract instantiation", lambda: MyNum())
numbers.Integral.register
class R:
    pass
numbers.Real.register(R)
print(isinstance(R(), numbers.Complex), isinstance(R(), numbers.Integral))
t("Real.__round__ default", lambda: numbers.Real.__trunc__)
import math, operator
for v in [7, -7, True, 2**70]:
    print(operator.index(v), math.trunc(v), v.__index__(), operator.neg(v), operator.invert(v), operator.truediv(v, 2), operator.floordiv(v, 2), operator.mod(v, 3), operator.pow(v, 2))
t("operator.index(1.5)", lambda: operator.index(1.5))
t("operator.index('1')", lambda: operator.index("1"))
class BadIndex:
    def __index__(self):
        return 1.5
t("bad __index__", lambda: operator.index(BadIndex()))
class SubIndex:
    def __index__(self):
        return True
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = operator.index(SubIndex())
    print(r, type(r).__name__, [str(x.message) for x in w])
t("range(BadIndex())", lambda: range(BadIndex()))
t("[1,2][True]", lambda: [1, 2][True])
t("'abc'[1.0]", lambda: "abc"[float(1)])
t("hex(1.5)", lambda: hex(1.5))
t("bin('1')", lambda: bin("1"))
class Ix:
    def __index__(self):
        return 255
t("hex/oct/bin index", lambda: (hex(Ix()), oct(Ix()), bin(Ix()), [0, 1, 2][Ix() and 1]))
