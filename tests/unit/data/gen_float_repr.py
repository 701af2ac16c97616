#!/usr/bin/env python3
"""Writes float_repr.txt beside this script: CPython's repr() of floats and
complex numbers, for tests/unit/number_format_test.cpp.  Each line is
    F <64-bit pattern in hex> <repr(float)>
    C <real bits> <imag bits> <repr(complex)>
Deterministic (fixed seed); run with CPython 3.11 to regenerate."""
import math
import os
import random
import struct


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def main():
    rng = random.Random(20241121)
    floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.0, 10.0, 100.0, 1e15, 1e16, 1e17, 1e-4,
              1e-5, 0.00012345, 0.000012345, 9999999999999998.0, 1234567890123456.0,
              12345678901234567.0, 123456789012345678.0, 5e-324, 2.2250738585072014e-308,
              1.7976931348623157e308, math.inf, -math.inf, math.nan, 1 / 3, 2 / 3, math.pi,
              math.e, 4.35, 0.3, 1e22, 1e23, 9007199254740993.0, 0.1 + 0.2]
    floats += [10.0 ** e for e in range(-30, 31)]
    floats += [-(10.0 ** e) * 1.5 for e in range(-30, 31)]
    while len(floats) < 1500:  # random bit patterns: every exponent
        x = from_bits(rng.getrandbits(64))
        if not math.isnan(x):
            floats.append(x)
    while len(floats) < 2500:  # short decimals, as people write them
        digits = rng.randint(1, 17)
        x = float("%se%d" % (rng.randint(1, 10 ** digits), rng.randint(-25, 25)))
        floats.append(-x if rng.random() < 0.3 else x)
    while len(floats) < 3000:  # integers, around the 1e16 switch to exponents
        floats.append(float(rng.randint(1, 10 ** rng.randint(1, 19))))
    specials = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, math.inf, -math.inf, math.nan, -math.nan]
    complexes = [(a, b) for a in specials for b in specials]
    while len(complexes) < 500:
        complexes.append((rng.choice(floats), rng.choice(floats)))

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "float_repr.txt")
    with open(path, "w") as f:
        for x in floats:
            f.write("F %016x %r\n" % (bits(x), x))
        for re_, im in complexes:
            f.write("C %016x %016x %r\n" % (bits(re_), bits(im), complex(re_, im)))


if __name__ == "__main__":
    main()
