def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import math
inf = float("inf"); nan = float("nan")
print(inf + inf, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / inf, 0 * nan, nan + 1, inf / 10**300)
print(repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * 5), repr(0.0 * -5), repr(-0.0 + -0.0), repr(0.0 - 0.0), repr(-(0.0)), repr(abs(-0.0)))
print(repr(1e-320 / 10), repr(5e-324 / 2), repr(5e-324 * 0.5), repr(-5e-324 / 2), repr(1e-310 * 1e-10))
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 100 * 1.1, 3 * 0.1 == 0.3, math.isclose(3 * 0.1, 0.3))
print(2.0 ** 0.5, 2 ** 0.5, (-8) ** (1 / 3), 4 ** 0.5, 0.0 ** 0, 0 ** 0.0, inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf)
print((-1.0) ** inf, (-1.0) ** -inf, 0.5 ** inf, 2.0 ** -inf, (-0.0) ** 3, (-0.0) ** 2, (-0.0) ** 0.5, (-inf) ** 3, (-inf) ** 2)
print(type((-8.0) ** 0.5).__name__, (-8.0) ** 0.5)
print((-2) ** 0.5, (-2.0) ** 1.5, (-1) ** 0.5)
t("(-0.0) ** -1", lambda: (-0.0) ** -1)
t("(-0.0) ** -2", lambda: (-0.0) ** -2.0)
t("0.0 ** -inf", lambda: 0.0 ** -inf)
t("1e200 * 1e200", lambda: 1e200 * 1e200)
t("1e308 ** 2", lambda: 1e308 ** 2)
t("(-1e308) ** 3", lambda: (-1e308) ** 3)
t("1.5 ** 5000", lambda: 1.5 ** 5000)
t("0.5 ** 5000", lambda: 0.5 ** 5000)
t("inf ** -1", lambda: inf ** -1)
t("float pow 3 args", lambda: pow(2.0, 3, 5))
t("pow(2, 3.0, 5)", lambda: pow(2, 3.0, 5))
t("float + str", lambda: 1.5 + "a")
t("float * list", lambda: 1.5 * [1])
t("float + None", lambda: 1.5 + None)
t("-float('nan') sign", lambda: math.copysign(1, -nan))
t("abs(-nan)", lambda: math.copysign(1, abs(-nan)))
t("sum floats", lambda: sum([0.1] * 10))
t("fsum", lambda: math.fsum([0.1] * 10))
t("sum int float", lambda: sum([1, 2.5, 10**20]))
t("sum overflow", lambda: sum([1e308, 1e308]))
t("sum inf nan", lambda: sum([inf, -inf]))
x = 1.0
for i in range(1000):
    x = x * 1.001 + 0.001
print(x)
acc = 0.0
for i in range(1, 10001):
    acc += 1.0 / (i * i)
print(acc, repr(acc))
