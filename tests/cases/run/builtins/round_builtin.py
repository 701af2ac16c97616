# round(): ints, floats (banker's rounding), ndigits, __round__ and errors.
from decimal import Decimal
from fractions import Fraction
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, 0.1, 123.456, -0.0, 7, -15, True]:
    print(repr(v), repr(round(v)), repr(round(v, 2)), repr(round(v, 0)), repr(round(v, -1)))
t("int ndigits neg", lambda: (round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2)))
t("big int", lambda: round(10**30 + 5 * 10**10, -11))
t("ndigits None", lambda: round(2.5, None))
t("ndigits kw", lambda: round(number=2.567, ndigits=1))
t("inf", lambda: round(float("inf")))
t("nan", lambda: round(float("nan")))
t("inf ndigits", lambda: round(float("inf"), 2))
t("huge ndigits", lambda: round(1.5, 10**6))
t("huge neg ndigits", lambda: round(1.5, -10**6))
t("bigger ndigits", lambda: round(1.5, 2**70))
t("ndigits float", lambda: round(1.5, 1.0))
t("str", lambda: round("1.5"))
t("complex", lambda: round(1j))
t("none", lambda: round(None))
t("no args", lambda: round())
t("three", lambda: round(1, 2, 3))
t("decimal", lambda: (round(Decimal("2.5")), round(Decimal("2.675"), 2)))
t("fraction", lambda: (round(Fraction(5, 2)), round(Fraction(7, 3), 1)))
class R:
    def __round__(self, n=None):
        return ("round", n)
t("custom", lambda: (round(R()), round(R(), 3), round(R(), None)))
class RNoArg:
    def __round__(self):
        return "only no arg"
t("custom no ndigits", lambda: round(RNoArg()))
t("custom with ndigits", lambda: round(RNoArg(), 1))
class IntSub(int):
    pass
t("int subclass", lambda: type(round(IntSub(5))).__name__)
t("float overflow", lambda: round(1.7976931348623157e308, -308))
t("float small", lambda: round(5e-324, 323))
t("types", lambda: (type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(3, 1)).__name__))
t("class attr", lambda: round(type("N", (), {"__round__": None})()))
