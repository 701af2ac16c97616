def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import math

class Num:
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __trunc__(self):
        return "trunc"
    def __round__(self, n=None):
        return ("round", n)
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
n = Num()
print(math.floor(n), math.ceil(n), math.trunc(n), round(n), round(n, 2), round(n, None), math.sqrt(n), float(n), int(n), math.isqrt(n))
class OnlyFloat:
    def __float__(self):
        return -2.5
o = OnlyFloat()
print(math.floor(o), math.ceil(o), math.fabs(o), math.copysign(1, o), math.isfinite(o), math.hypot(o, o), math.fsum([o, o]))
t("math.trunc(OnlyFloat)", lambda: math.trunc(o))
t("round(OnlyFloat)", lambda: round(o))
t("math.isqrt(OnlyFloat)", lambda: math.isqrt(o))
t("math.gcd(OnlyFloat)", lambda: math.gcd(o, 2))
class OnlyIndex:
    def __index__(self):
        return 10
i = OnlyIndex()
print(math.sqrt(i), math.floor(i), math.factorial(i), math.gcd(i, 4), math.comb(i, 2), float(i), math.isqrt(i), math.log(i, 10))
class FloorStr:
    def __floor__(self):
        return "s"
print(math.floor(FloorStr()))
class BadFloat:
    def __float__(self):
        return "x"
t("math.sqrt(BadFloat)", lambda: math.sqrt(BadFloat()))
t("math.floor(BadFloat)", lambda: math.floor(BadFloat()))
t("float(BadFloat)", lambda: float(BadFloat()))
t("math.floor('1')", lambda: math.floor("1"))
t("math.floor(None)", lambda: math.floor(None))
t("math.ceil([])", lambda: math.ceil([]))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(2**80 + 0.0), math.ceil(1e-300), math.floor(True), math.ceil(10**30))
print(type(math.floor(1.5)).__name__, type(math.ceil(True)).__name__, math.floor(type("I", (int,), {})(5)))
