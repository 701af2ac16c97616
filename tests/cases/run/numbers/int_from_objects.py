def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 9
class TruncReturnsIndex:
    def __trunc__(self):
        return WithIndex()
class TruncReturnsFloat:
    def __trunc__(self):
        return 1.5
class IntReturnsFloat:
    def __int__(self):
        return 2.5
class IntReturnsBool:
    def __int__(self):
        return True
class IntSub(int):
    pass
class IntReturnsSub:
    def __int__(self):
        return IntSub(5)
class IndexReturnsStr:
    def __index__(self):
        return "5"
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class IntNone:
    __int__ = None
    def __index__(self):
        return 3
class Raises:
    def __int__(self):
        raise KeyError("boom")
import warnings
warnings.simplefilter("ignore")
for cls in [WithInt, WithIndex, WithTrunc, TruncReturnsIndex, TruncReturnsFloat, IntReturnsFloat,
            IntReturnsBool, IntReturnsSub, IndexReturnsStr, Both, IntNone, Raises]:
    t(cls.__name__, lambda: (lambda r: (r, type(r).__name__))(int(cls())))
for v in [0.0, -0.0, 1.9, -1.9, 1e20, -1e20, 1.5e300, 2.0**63, -2.0**63, 2.0**64, float("inf"), float("-inf"), float("nan")]:
    t(f"int({v!r})", lambda: int(v))
t("int(True)", lambda: (int(True), type(int(True)).__name__))
t("int(IntSub(3))", lambda: type(int(IntSub(3))).__name__)
class FloatSub(float):
    pass
t("int(FloatSub)", lambda: int(FloatSub(2.7)))
import fractions, decimal
t("Fraction", lambda: int(fractions.Fraction(-7, 2)))
t("Decimal", lambda: int(decimal.Decimal("12.9")))
class MyInt(int):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
t("subclass str base", lambda: (lambda r: (r, type(r).__name__))(MyInt("zz", 36)))
t("subclass float", lambda: MyInt(3.9))
t("subclass obj", lambda: MyInt(WithIndex()))
