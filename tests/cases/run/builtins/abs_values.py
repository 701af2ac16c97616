# abs() over the numeric tower, __abs__ overrides and the error paths.
from fractions import Fraction
from decimal import Decimal

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for v in [0, -0, 5, -5, 2**63, -2**63, -2**100, True, False, 0.0, -0.0, -1.5,
          float("inf"), float("-inf"), 3+4j, -3-4j, complex(0, -2), 1e308 + 1e308j]:
    t("abs %r" % (v,), lambda v=v: abs(v))
t("abs nan", lambda: str(abs(float("-nan"))))
t("abs fraction", lambda: abs(Fraction(-3, 4)))
t("abs decimal", lambda: abs(Decimal("-1.50")))
t("abs type bool", lambda: type(abs(True)).__name__)

class A:
    def __abs__(self):
        return "absolute"
t("abs custom", lambda: abs(A()))

class IntSub(int):
    pass
t("abs int subclass", lambda: (abs(IntSub(-3)), type(abs(IntSub(-3))).__name__))

class FloatSub(float):
    def __abs__(self):
        return "overridden"
t("abs float subclass override", lambda: abs(FloatSub(-2.0)))

t("abs str", lambda: abs("x"))
t("abs None", lambda: abs(None))
t("abs list", lambda: abs([1]))
t("abs no args", lambda: abs())
t("abs two args", lambda: abs(1, 2))
t("abs kw", lambda: abs(x=1))

class Raises:
    def __abs__(self):
        raise ValueError("from __abs__")
t("abs raises", lambda: abs(Raises()))

class NotCallable:
    __abs__ = None
t("abs None slot", lambda: abs(NotCallable()))
t("abs overflow complex", lambda: abs(complex(1e308, 1e308)))
t("abs of huge int", lambda: abs(-10**50))
