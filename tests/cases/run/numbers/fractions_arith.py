def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
from fractions import Fraction as F
import math

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(b), a ** 2, a ** -2, b ** 3, a ** 0.5, 2 ** a)
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a + 1j, a * True, a == 0.75, a < 1, b < -0.8, a > 10**20)
print(repr(F(10, -4)), str(F(0)), F("3/7"), F(" -1.25 "), F("1e-3"), F(2.5), F(0.1), F(1, 3).limit_denominator(2), F(math.pi).limit_denominator(1000))
print(F(7, 3).numerator, F(7, 3).denominator, F(7, 3).as_integer_ratio(), int(F(-7, 3)), math.floor(F(-7, 3)), math.ceil(F(-7, 3)), round(F(7, 2)), round(F(5, 2)), round(F(-7, 3), 1))
print(float(F(1, 3)), complex(F(1, 2)), F.from_float(0.1), F.from_decimal(__import__("decimal").Decimal("1.1")), bool(F(0)), hash(F(1, 2)) == hash(0.5))
print(F(3, 4).is_integer() if hasattr(F, "is_integer") else "n/a", format(F(1, 3), "") if False else str(F(1, 3)))
t("F(1, 0)", lambda: F(1, 0))
t("F('1/0')", lambda: F("1/0"))
t("F('abc')", lambda: F("abc"))
t("F(1.5, 2)", lambda: F(1.5, 2))
t("F(float('nan'))", lambda: F(float("nan")))
t("F(float('inf'))", lambda: F(float("inf")))
t("F(None)", lambda: F(None))
t("a / 0", lambda: a / 0)
t("F(0) ** -1", lambda: F(0) ** -1)
t("a < 1j", lambda: a < 1j)
s = F(0)
for k in range(1, 60):
    s += F(1, k * (k + 1))
print(s, s.limit_denominator(100))
h = sum(F(1, k) for k in range(1, 80))
print(h.numerator % 10**9, h.denominator % 10**9, float(h))
