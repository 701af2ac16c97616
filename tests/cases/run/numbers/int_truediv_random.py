def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
# Correctly rounded int / int, int -> float and mixed comparisons over random
# operands of many sizes; mismatches against exact Fraction arithmetic are counted.
import random
from fractions import Fraction
random.seed(99)
bad_div = bad_conv = bad_cmp = 0
samples = []
for i in range(3000):
    a = random.getrandbits(random.randint(1, 1100)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 1100)) or 1
    try:
        q = a / b
    except OverflowError:
        q = "overflow"
    if q != "overflow":
        exact = Fraction(a, b)
        if abs(Fraction(q) - exact) > abs(Fraction(__import__("math").nextafter(q, 0.0)) - exact) and q != 0:
            bad_div += 1
    try:
        f = float(a)
        if abs(Fraction(f) - a) > abs(Fraction(__import__("math").nextafter(f, 0.0)) - a):
            bad_conv += 1
    except OverflowError:
        f = None
    if f is not None:
        if (a < f) != (Fraction(a) < Fraction(f)) or (a == f) != (Fraction(a) == Fraction(f)):
            bad_cmp += 1
    if i % 300 == 0:
        samples.append((q if q == "overflow" else repr(q), repr(f)))
print(bad_div, bad_conv, bad_cmp)
for s in samples:
    print(s)
t("huge / tiny", lambda: (10**400) / 3)
t("tiny / huge", lambda: 3 / (10**400))
t("huge / huge", lambda: (10**400 + 1) / (10**399))
t("subnormal result", lambda: 1 / 2**1074)
t("below subnormal", lambda: 1 / 2**1076)
t("half subnormal", lambda: 3 / 2**1076)
t("neg subnormal", lambda: -1 / 2**1075)
t("2**1024 / 2", lambda: 2**1024 / 2)
t("(2**1024 - 1) / 1", lambda: (2**1024 - 1) / 1)
t("(2**1024 - 2**970) / 1", lambda: (2**1024 - 2**970) / 1)
