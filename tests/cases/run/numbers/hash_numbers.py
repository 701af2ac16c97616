def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import sys
from fractions import Fraction
from decimal import Decimal
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm)
M = sys.hash_info.modulus
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**64, -(2**64), 10**100, -10**100, 2**122, 2**200 + 7]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 else None)
for v in [0.0, -0.0, 0.5, -0.5, 1.5, 1e-300, 1e300, -1e300, 2.0**-1074, 1.7976931348623157e308, 0.1, float("inf"), float("-inf"), 123.456]:
    print(repr(v), hash(v))
nan = float("nan")
print(hash(nan) == hash(nan), hash(nan) == sys.hash_info.nan)
print(hash(True), hash(False), hash(-1) == hash(-2), hash(-1.0), hash(complex(-1, 0)))
for c in [1j, -1j, 1 + 1j, complex(-1, -1), 0.5 + 0.5j, complex(1e300, 1e-300), complex(0, -1e300)]:
    print(repr(c), hash(c))
pairs = [(1.5, Fraction(3, 2)), (0.1, Fraction(0.1)), (Fraction(1, 3), Fraction(2, 6)), (2.5, Decimal("2.5")), (7, Fraction(7)), (7, Decimal(7)),
         (1e300, Fraction(1e300)), (-0.5, Decimal("-0.5")), (1.5 + 0j, 1.5), (2**64, float(2**64))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(1, M)), hash(Decimal("0.1")))
print(len({1, 1.0, True, 1 + 0j, Fraction(1), Decimal(1)}), len({0, 0.0, -0.0, False, 0j}))
d = {}
for k in [1, 1.0, True, 2, 2.0, 2 + 0j, 3.5]:
    d[k] = d.get(k, 0) + 1
print(d)
class H(int):
    pass
class HF(float):
    pass
print(hash(H(-1)), hash(HF(1.5)) == hash(1.5), hash(H(10**30)) == hash(10**30))
t("int.__hash__(5)", lambda: int.__hash__(5))
t("float.__hash__(-1.0)", lambda: float.__hash__(-1.0))
t("complex.__hash__(1j)", lambda: complex.__hash__(1j))
print(sum(hash(i * 7919) % 1000 for i in range(-5000, 5000)), sum(hash(i / 7) % 1000 for i in range(1, 5000)))
