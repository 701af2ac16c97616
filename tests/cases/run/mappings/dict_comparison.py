# dict comparison: equality only
a = {"x": 1, "y": [2]}
b = {"y": [2], "x": 1}
print(a == b, a != b, a == {"x": 1}, a == {"x": 1, "y": [3]}, {} == {})
print({1: 1} == {1.0: 1.0}, {1: 1} == {True: True}, {0: "a"} == {False: "a"})
nan = float("nan")
print({1: nan} == {1: nan}, {1: float("nan")} == {1: float("nan")})
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: {} < {})
err(lambda: {1: 2} <= {1: 2})
err(lambda: {} > {1: 2})
err(lambda: {} >= [])
err(lambda: [] < {})
err(lambda: {} < None)
print({} == [], {} == (), {} != set(), dict() == dict(a=1))
print(a.__eq__(1), a.__lt__(b), a.__ne__(b), a.__eq__(b))
import collections
print({"a": 1} == collections.OrderedDict(a=1), collections.OrderedDict(a=1) == {"a": 1})
print(collections.OrderedDict(a=1, b=2) == collections.OrderedDict(b=2, a=1))
print({"a": 0} == collections.Counter(a=0), {"a": 1} == collections.defaultdict(int, a=1))
class Eq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return True
    __hash__ = object.__hash__
print({1: Eq(1)} == {1: Eq(2)})
print({1: Eq(3), 2: 5} == {1: 1, 2: 6})
class Raises:
    def __eq__(self, o):
        raise ValueError("no eq")
    __hash__ = object.__hash__
err(lambda: {1: Raises()} == {1: 2})
r = Raises()
print({1: r} == {1: r})
# comparison does not look at order
print(list({1: 1, 2: 2}) == list({2: 2, 1: 1}), {1: 1, 2: 2} == {2: 2, 1: 1})
class Sub(dict):
    def __eq__(self, o):
        return "sub eq"
print({} == Sub(), Sub() == {}, {} != Sub())
class Sub2(dict):
    pass
print(Sub2(a=1) == {"a": 1}, Sub2() == Sub2())
# recursion in comparisons
x = {}
x["x"] = x
y = {}
y["x"] = y
err(lambda: x == y)
print(x == x)
