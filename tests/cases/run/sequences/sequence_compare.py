# lexicographic comparison of lists and tuples, NaN and identity shortcuts
pairs = [
    ([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], []), ([], [0]),
    ([2], [1, 9]), ((1, "a"), (1, "b")), ((), ()), ((1,), ()), ([[1]], [[2]]),
    ([1.0], [1]), ([True], [1]),
]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], [float("nan")] == [float("nan")], (nan,) == (nan,))
print(nan == nan, l[0] is nan, [nan, 1] < [nan, 2], (nan, 1) <= (nan, 1))
print([float("nan")] < [float("nan")], [float("nan")] <= [float("nan")])

class Ident:
    def __eq__(self, other):
        print("  eq called")
        return False
    __hash__ = object.__hash__
x = Ident()
print([x] == [x], (x,) == (x,), x in [x], [x].count(x), [x].index(x))
print([x] == [Ident()])

for a, b in (([1], (1,)), ((1,), [1]), ([1], "1"), ([1], None)):
    print(a == b, a != b)
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in (([1, "a"], [1, 2]), ((None,), (None,)), ((None,), (1,))):
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print((None,) <= (None,) if False else (None,) == (None,))

class Raiser:
    def __eq__(self, other):
        raise RuntimeError("eq raised")
try:
    [1, Raiser()] == [1, 2]
except RuntimeError as e:
    print(type(e).__name__, e)
print([1, Raiser()] == [2, 3], [Raiser()] == [Raiser(), 1])
r = Raiser()
print([r] == [r])

class Log:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("  eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("  gt", self.v, o.v)
        return self.v > o.v
print([Log(1), Log(2)] < [Log(1), Log(3)])
print((Log(1), Log(5)) > (Log(1), Log(3)))
print(max([[1, 2], [1, 3], [0, 9]]), min((3, 1), (2, 5)))

class NotImpl:
    def __eq__(self, other):
        return NotImplemented
n = NotImpl()
print([n] == [n], [NotImpl()] == [NotImpl()])
