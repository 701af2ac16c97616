def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import sys

x = 5e-324
vals = []
for i in range(30):
    vals.append(x)
    x *= 3.7
for v in vals:
    print(repr(v), v.hex(), float(repr(v)) == v)
print(repr(sys.float_info.min / 2), repr(sys.float_info.min * (1 - 2**-52)), repr(2.2250738585072009e-308))
print(repr(1e-323), repr(1.5e-323), repr(2e-323), repr(2.5e-323), repr(4e-324), repr(3e-324), repr(2.4703282292062328e-324))
print(repr(float("4.9406564584124654e-324")), repr(float("2.4703282292062327e-324")), repr(float("2.4703282292062328e-324")))
import math
print(math.nextafter(0.0, 1.0), math.nextafter(5e-324, 0.0), math.ulp(0.0), math.ulp(5e-324))
for e in range(-330, -300, 3):
    v = 1.234567 * 10.0 ** e
    print(e, repr(v), f"{v:.3e}", f"{v:g}")
