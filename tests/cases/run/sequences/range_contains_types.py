# membership, index and count in ranges for ints, bools, int subclasses, floats and other numbers
from fractions import Fraction
from decimal import Decimal
r = range(0, 20, 5)
class MyInt(int):
    pass
class EqAll:
    def __eq__(self, other):
        return True
    __hash__ = None
class EqTen:
    def __eq__(self, other):
        return other == 10
    __hash__ = None
candidates = [10, 11, True, False, MyInt(15), MyInt(16), 10.0, 10.5, Fraction(10), Fraction(21, 2), Decimal(5), Decimal("5.5"),
              complex(10, 0), "10", None, EqAll(), EqTen(), -0, 2**70]
for c in candidates:
    label = type(c).__name__
    try:
        idx = r.index(c)
    except ValueError as e:
        idx = "ValueError: " + str(e)
    print(label, c in r if not isinstance(c, (EqAll, EqTen)) else (c in r), r.count(c), idx)
empty = range(0)
print(0 in empty, empty.count(0), 0.0 in empty)
try:
    empty.index(0)
except ValueError as e:
    print(type(e).__name__, e)
neg = range(10, -10, -5)
print([v in neg for v in (10, 5, -5, -10, 7, 11)], neg.index(-5), neg.count(0))
big = range(-2**80, 2**80, 3)
print(0 in big, 1 in big, -2**80 in big, 2**80 - 2 in big, big.index(-2**80 + 3), (2**80 - 1) in big)
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("range eq")
try:
    BadEq() in range(3)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    range(3).index(BadEq())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    range(3).count(BadEq())
except RuntimeError as e:
    print(type(e).__name__, e)
