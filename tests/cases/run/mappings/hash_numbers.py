# hash() of ints, floats and complex numbers
ints = [0, 1, -1, -2, 2, 1000, -1000, 2**31, 2**32, 2**60, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1,
        2**62, 2**63, 2**64, -2**61, -(2**61 - 1), -2**63, 10**20, -10**20, 2**100, -2**100, 10**100, 3**200]
print([hash(i) for i in ints])
print(hash(-1) == hash(-2), hash(-1), hash(-2**61 - 1) if False else hash(-(2**61) - 1))
print([hash(i) == i for i in range(-5, 5)])
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 1e10, 1e20, 1e100, 1e300, 1e-300, 2.0**61, 2.0**62, -2.0**61,
          float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308, 0.1, 3.141592653589793]
print([hash(f) for f in floats])
print(hash(-0.0) == hash(0.0) == 0, hash(float("inf")), hash(float("-inf")))
nan = float("nan")
print(hash(nan) == hash(nan), hash(nan) == hash(float("nan")) if False else "nan hash is identity-based")
print(all(hash(float(i)) == hash(i) for i in ints))
print([hash(c) for c in [0j, 1j, -1j, 1 + 1j, 2 - 3j, complex(1e300, -1e300), complex(0.5, 0.25), complex(-1, 0)]])
print(hash(complex(5, 0)) == hash(5), hash(complex(-1, 0)), hash(complex(0, -1)))
print(hash(complex(float("inf"), 0)), hash(complex(0, float("inf"))))
print(hash(True), hash(False), hash(True) == hash(1))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 3)), hash(Fraction(-7, 2)), hash(Fraction(1, 3)) == hash(Fraction(2, 6)))
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal("-0")), hash(Decimal(10**20)) == hash(10**20))
print(hash(Fraction(2**70, 3)))
print(int.__hash__(5), float.__hash__(2.5), complex.__hash__(1j), bool.__hash__(True))
import sys
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hash(hi.modulus), hash(hi.modulus + 5), hash(-hi.modulus), hash(hi.modulus * 2 + 3))
class IntSub(int):
    pass
class FloatSub(float):
    pass
print(hash(IntSub(-1)), hash(IntSub(2**70)), hash(FloatSub(1.5)), hash(FloatSub(-0.0)))
