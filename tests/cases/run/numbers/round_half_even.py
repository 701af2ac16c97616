def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
from decimal import Decimal

for i in range(-10, 11):
    x = i + 0.5
    print(x, round(x), round(-x), round(x / 10, 1), round(x * 10, -1), round(x * 100, -2), round(i * 5, -1), round(i * 50, -2))
for v in [0.125, 0.375, 0.625, 0.875, 2.675, 2.665, 1.0049999999999999, 0.285, 0.575, 1.115, 8.345, 123.4545]:
    print(repr(v), round(v, 1), round(v, 2), round(v, 3), Decimal(v).quantize(Decimal("0.01")))
print(round(2**60 + 1, -1), round(2**60 + 5, -1), round(2**60 + 15, -1), round(-(2**60) - 5, -1))
print(round(10**30 + 5 * 10**10, -11), round(10**30 + 15 * 10**10, -11), round(10**30 - 5 * 10**10, -11))
print(round(0.5), round(1.5), round(2.5), round(1e16 + 1), round(4503599627370497.5), round(-4503599627370497.5))
print(round(1.23456789e-5, 7), round(-1.23456789e-5, 7), round(9.995, 2), round(99.995, 2))
print([round(x / 8, 2) for x in range(-8, 9)])
