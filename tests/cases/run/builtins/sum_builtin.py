# sum(): start values, int/float/complex fast paths and precision, refusals.
from fractions import Fraction
from decimal import Decimal
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

t("empty", lambda: sum([]))
t("ints", lambda: sum(range(101)))
t("start", lambda: sum([1, 2], 10))
t("start kw", lambda: sum([1, 2], start=10))
t("iterable kw", lambda: sum(iterable=[1]))
t("floats", lambda: sum([0.1] * 10))
t("float precision", lambda: sum([1e100, 1.0, -1e100, 1.0]))
t("float tiny", lambda: sum([0.1, 0.2, 0.3]))
t("mixed int float", lambda: sum([1, 0.5, 2, 0.25]))
t("float then int", lambda: sum([0.5, 1, 2**70]))
t("bool", lambda: sum([True, True, False]))
t("overflow to big", lambda: sum([2**62, 2**62, 2**62]))
t("negative big", lambda: sum([-2**63, -1]))
t("complex", lambda: sum([1j, 2, 0.5]))
t("fraction", lambda: sum([Fraction(1, 3)] * 3))
t("decimal", lambda: sum([Decimal("0.1")] * 3))
t("lists", lambda: sum([[1], [2, 3]], []))
t("tuples", lambda: sum([(1,), (2,)], ()))
t("strings", lambda: sum(["a", "b"], ""))
t("strings no start", lambda: sum(["a", "b"]))
t("bytes", lambda: sum([b"a"], b""))
t("bytearray", lambda: sum([bytearray(b"a")], bytearray()))
t("start str subclass", lambda: sum([], type("S", (str,), {})()))
t("none", lambda: sum([None]))
t("non-iterable", lambda: sum(5))
t("no args", lambda: sum())
t("three", lambda: sum([], 0, 0))
t("inf", lambda: sum([float("inf"), 1.0]))
t("inf minus inf", lambda: sum([float("inf"), float("-inf")]))
t("nan", lambda: str(sum([float("nan"), 1.0])))
t("float overflow", lambda: sum([1e308, 1e308]))
t("float start", lambda: sum([1, 2], 0.5))
t("int start float items", lambda: sum([0.1, 0.2], 1))
t("many floats", lambda: sum(1 / n for n in range(1, 1000)))
t("alternating", lambda: sum((-1) ** n / (2 * n + 1) for n in range(100)))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + (other.v if isinstance(other, Acc) else other))
    def __radd__(self, other):
        return Acc(other + self.v)
t("custom radd", lambda: sum([Acc(1), Acc(2)]).v)
t("custom start", lambda: sum([1, 2], Acc(10)).v)
t("int subclass", lambda: type(sum([type("I", (int,), {})(3)])).__name__)
t("float subclass", lambda: sum([type("F", (float,), {})(1.5), 1.0]))
t("big ints", lambda: sum([10**20] * 5))
t("int then float then int", lambda: sum([1, 2.5, 3, 2**64]))
