def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation, DivisionByZero
import decimal

print(D(1) / D(7), D("1.1") + D("2.2"), D(0.1), D("1e100") * D("1e100"), D(2) ** D("0.5"), D(-7) // D(2), D(-7) % D(2))
print(D("3.14159").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), round(D("2.5")), round(D("3.5")), round(D("2.675"), 2))
print(D(10**30), D(-0.0), D("-0"), D("NaN"), D("-Infinity"), D("1_000.5"), D(" 12 "), D((1, (1, 2, 3), -2)))
print(int(D("12.9")), float(D("0.1")), D("1.5").as_integer_ratio(), D(5).is_signed(), D("-1").copy_abs(), D("1.20").normalize())
print(D(1) + 1, 1 + D(1), D(1) == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(1) < 2.5, hash(D(5)) == hash(5), hash(D("0.5")) == hash(0.5))
print(format(D("1234567.891"), ","), format(D("1.5"), ".3f"), format(D("-0.0001"), "e"), f"{D('12.5'):>10}", "%s %r" % (D(1), D(2)))
with localcontext() as ctx:
    ctx.prec = 50
    print(D(2).sqrt(), D(1) / D(3), D(10).ln(), D(2).exp())
getcontext().prec = 6
print(D(1) / D(7), D("123456789") + 0, +D("1.23456789"))
getcontext().prec = 28
