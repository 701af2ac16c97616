# hash() and id(): numeric hash equality, unhashables, __hash__ overrides, errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -2**64, 10**30, 1.0, 1.5, -0.5, 0.1, 1e300,
          float("inf"), float("-inf"), True, False, 1 + 0j, 2j, 3 - 4j, "", "a", b"a", (), (1, 2), (1, (2,)),
          frozenset()]:
    try:
        print(repr(v), hash(v))
    except TypeError as e:
        print(repr(v), "TypeError", e)
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print(hash(float("nan")) != 0 or "nan hash zero")
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), hash(Fraction(7)) == hash(7))
t("list", lambda: hash([]))
t("dict", lambda: hash({}))
t("set", lambda: hash(set()))
t("bytearray", lambda: hash(bytearray()))
t("tuple with list", lambda: hash((1, [2])))
t("no args", lambda: hash())
t("kw", lambda: hash(obj=1))
class H:
    def __hash__(self):
        return 2**100
class Neg:
    def __hash__(self):
        return -1
class BadHash:
    def __hash__(self):
        return "x"
class FloatHash:
    def __hash__(self):
        return 1.0
class Unhash:
    __hash__ = None
class EqOnly:
    def __eq__(self, other):
        return True
class IntSubHash:
    def __hash__(self):
        return type("I", (int,), {})(12)
t("big hash reduced", lambda: hash(H()))
t("-1 becomes -2", lambda: hash(Neg()))
t("str hash", lambda: hash(BadHash()))
t("float hash", lambda: hash(FloatHash()))
t("None hash", lambda: hash(Unhash()))
t("eq only", lambda: hash(EqOnly()))
t("int subclass hash", lambda: hash(IntSubHash()))
t("hash type attr", lambda: EqOnly.__hash__)
o = object()
print(id(o) == id(o), type(id(o)).__name__, id(o) > 0)
a = [1]
b = a
print(id(a) == id(b), id([]) is not None)
t("id no args", lambda: id())
t("id kw", lambda: id(obj=1))
t("id two", lambda: id(1, 2))
print(hash("abc") == hash("abc"), hash(b"abc") == hash("abc".encode()))
