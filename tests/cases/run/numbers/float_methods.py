def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import math

vals = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 1e16, 1e300, -1e-300, 123.456, 2.0**53, 2.0**53 + 2, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), v.is_integer())
    for m in ["as_integer_ratio", "__trunc__", "__floor__", "__ceil__", "__round__", "__int__"]:
        t("  " + m, lambda: getattr(v, m)())
    print("  ", v.conjugate(), v.real, v.imag, repr(abs(v)), repr(-v), repr(+v))
t("math.floor(-0.5)", lambda: math.floor(-0.5))
t("math.ceil(-0.5)", lambda: math.ceil(-0.5))
t("math.trunc(-0.5)", lambda: math.trunc(-0.5))
t("float.__floor__(1)", lambda: float.__floor__(1))
t("ratio of 0.1", lambda: (0.1).as_integer_ratio())
t("ratio of 1e-320", lambda: (1e-320).as_integer_ratio())
t("ratio of max", lambda: (1.7976931348623157e308).as_integer_ratio()[0].bit_length())
class F(float):
    pass
f = F(2.5)
for m in ["conjugate", "__float__", "__pos__", "__abs__", "__neg__"]:
    r = getattr(f, m)()
    print(m, r, type(r).__name__)
print(type(f.real).__name__, type(f.imag).__name__, type(float(f)).__name__)
t("is_integer arg", lambda: (1.0).is_integer(1))
t("float.real set", lambda: setattr(1.0, "real", 2))
t("float.__getformat__ double", lambda: float.__getformat__("double"))
t("float.__getformat__ float", lambda: float.__getformat__("float"))
t("float.__getformat__ bad", lambda: float.__getformat__("long"))
t("float.__getformat__ type", lambda: float.__getformat__(1))
