def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import warnings
warnings.simplefilter("error")

class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
class FloatReturnsInt:
    def __float__(self):
        return 1
class FSub(float):
    pass
class FloatReturnsSub:
    def __float__(self):
        return FSub(3.5)
class Both:
    def __float__(self):
        return 1.0
    def __index__(self):
        return 2
class IndexHuge:
    def __index__(self):
        return 10**400
class WithInt:
    def __int__(self):
        return 3
class Raises:
    def __float__(self):
        raise RuntimeError("nope")
class FloatNone:
    __float__ = None
for cls in [WithFloat, WithIndex, FloatReturnsInt, FloatReturnsSub, Both, IndexHuge, WithInt, Raises, FloatNone]:
    t(cls.__name__, lambda: (lambda r: (r, type(r).__name__))(float(cls())))
warnings.simplefilter("ignore")
t("FloatReturnsSub ignored", lambda: (lambda r: (r, type(r).__name__))(float(FloatReturnsSub())))
t("float(FSub)", lambda: type(float(FSub(1.5))).__name__)
class MyF(float):
    def __new__(cls, v=0.0):
        return super().__new__(cls, v)
t("subclass from str", lambda: (lambda r: (r, type(r).__name__))(MyF("1.25")))
t("subclass from obj", lambda: (lambda r: (r, type(r).__name__))(MyF(WithFloat())))
t("subclass no arg", lambda: MyF())
t("subclass repr", lambda: repr(MyF(1e20)))
class Rep(float):
    def __repr__(self):
        return "Rep!"
t("subclass own repr", lambda: (repr(Rep(1)), str(Rep(1)), f"{Rep(1)}", format(Rep(1), ".1f")))
import fractions, decimal
t("fraction", lambda: float(fractions.Fraction(1, 3)))
t("decimal", lambda: float(decimal.Decimal("-0.1")))
t("decimal nan", lambda: float(decimal.Decimal("nan")))
t("big fraction", lambda: float(fractions.Fraction(10**400, 3)))
t("float.__new__(int)", lambda: float.__new__(int))
t("float.__new__(FSub, 2)", lambda: type(float.__new__(FSub, 2)).__name__)
t("math.fsum obj", lambda: __import__("math").fsum([WithFloat(), WithIndex()]))
