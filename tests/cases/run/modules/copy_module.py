# The copy module: shallow and deep copies, memo and cycles, __copy__,
# __deepcopy__, __reduce__, slots, weak references.
import copy
import weakref


class C:
    def __init__(self):
        self.l = [1, [2, 3]]
        self.d = {"a": {1}}


c = C()
s = copy.copy(c)
d = copy.deepcopy(c)
print(s.l is c.l, d.l is c.l, d.l[1] is c.l[1], d.l == c.l, d.d == c.d)
x = [1]
x.append(x)
y = copy.deepcopy(x)
print(y[1] is y, y is not x)
print(copy.copy(len) is len, copy.deepcopy(C) is C)
r = weakref.ref(c)
print(copy.deepcopy(r) is r, copy.copy(r) is r)


class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
s.b = [2]
t = copy.deepcopy(s)
print(t.a, t.b, t.b is s.b)


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (R, (self.v * 2,))


print(copy.copy(R(3)).v, copy.deepcopy(R(3)).v)


class Custom:
    def __copy__(self):
        return "copied"

    def __deepcopy__(self, memo):
        return "deep"


print(copy.copy(Custom()), copy.deepcopy(Custom()))
print(copy.deepcopy((1, [2], frozenset({3}))), copy.copy({1: 2}), copy.deepcopy(bytearray(b"x")))
t = (1, 2)
print(copy.deepcopy(t) is t, copy.copy([1]) == [1])
memo = {}
a = [1]
pair = [a, a]
dp = copy.deepcopy(pair, memo)
print(dp[0] is dp[1], id(a) in memo)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))


class NoReduce:
    def __reduce_ex__(self, proto):
        raise copy.Error("refused")


try:
    copy.copy(NoReduce())
except copy.Error as e:
    print("Error", e)


class State:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {"x": self.x + 1}

    def __setstate__(self, st):
        self.x = st["x"] * 10


print(copy.copy(State()).x, copy.deepcopy(State()).x)
