def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import math
inf, nan = float("inf"), float("nan")
vals = [inf, -inf, nan, -nan, 0.0, -0.0, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), math.isinf(v), math.isnan(v), math.isfinite(v), math.copysign(1, v), v == v, v != v, bool(v), hash(v) if v == v else "nan-hash")
for a in vals[:3]:
    for b in vals[:3]:
        print(repr(a), repr(b), a + b, a - b, a * b, a / b if b else "x", a == b, a < b, max(a, b), min(a, b))
print(float("inf") is float("inf"), float("nan") is float("nan"), inf * 0 == inf * 0, [inf - inf] == [inf - inf])
n = float("nan")
print([n] == [n], (n,) == (n,), {n: 1}[n], n in {n}, [n].count(n), [n].index(n), [float("nan")].count(n))
print(math.inf, -math.inf, math.nan, math.inf == inf, math.e, math.pi, math.tau)
t("int(inf)", lambda: int(inf))
t("int(-inf)", lambda: int(-inf))
t("int(nan)", lambda: int(nan))
t("round(inf)", lambda: round(inf))
t("round(nan)", lambda: round(nan))
t("math.floor(inf)", lambda: math.floor(inf))
t("math.ceil(nan)", lambda: math.ceil(nan))
t("inf.as_integer_ratio()", lambda: inf.as_integer_ratio())
t("nan.as_integer_ratio()", lambda: nan.as_integer_ratio())
t("divmod(inf, inf)", lambda: divmod(inf, inf))
t("inf // 1", lambda: inf // 1)
t("inf % inf", lambda: inf % inf)
t("-inf % 2", lambda: -inf % 2)
t("nan // 1", lambda: nan // 1)
t("1 // nan", lambda: 1 // nan)
t("math.fmod(inf, 1)", lambda: math.fmod(inf, 1))
t("math.sqrt(-1)", lambda: math.sqrt(-1))
t("math.sqrt(-0.0)", lambda: math.sqrt(-0.0))
t("math.log(-1)", lambda: math.log(-1))
t("math.pow(0, -1)", lambda: math.pow(0, -1))
t("math.pow(-1, 0.5)", lambda: math.pow(-1, 0.5))
t("math.pow(inf, 0)", lambda: math.pow(inf, 0))
t("math.atan2", lambda: (math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(inf, inf)))
