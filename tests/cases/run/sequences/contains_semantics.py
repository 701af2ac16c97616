# the `in` operator across sequence types: identity first, then ==, error propagation
nan = float("nan")
containers = [[nan, 1], (nan, 1), {nan: 1}, {nan}]
for c in containers:
    print(type(c).__name__, nan in c, float("nan") in c, 1 in c, 1.0 in c, True in c)
class Eq:
    def __init__(self):
        self.n = 0
    def __eq__(self, other):
        self.n += 1
        return False
    __hash__ = object.__hash__
e = Eq()
print(e in [1, 2, e], e.n)
e2 = Eq()
print(e2 in [1, 2, 3], e2.n)
class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq boom")
for seq in ([1, 2], (1, 2)):
    try:
        Boom() in seq
    except RuntimeError as err:
        print(type(seq).__name__, type(err).__name__, err)
b = Boom()
print(b in [b], b in (b,), [b].count(b), (b,).index(b))
print([1, 2] in [[1, 2]], (1, 2) in [[1, 2]], [1] in ([1],), "a" in ["abc"], "a" in "abc", "ab" in ("a", "b"))
print(2 in range(5), 2.0 in range(5), 2.5 in range(5), "2" in range(5), 2**100 in range(2**101), -1 in range(-5, 0, 2))
print(97 in b"abc", b"a" in b"abc", b"" in b"", bytearray(b"b") in b"abc", 97 in bytearray(b"abc"), True in b"\x01")
for bad in (1.0, "a", None, [97]):
    try:
        print(bad in b"abc")
    except TypeError as err:
        print(type(err).__name__, err)
for bad in (300, -1):
    try:
        print(bad in bytearray(b"abc"))
    except ValueError as err:
        print(type(err).__name__, err)
m = memoryview(b"abc")
print(97 in m, 100 in m, b"a" in m, "a" in m)
class Weird:
    def __contains__(self, item):
        return item == "yes" or 0
print("yes" in Weird(), "no" in Weird(), "no" not in Weird())
class ReturnsList:
    def __contains__(self, item):
        return [1]
print(1 in ReturnsList())
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
try:
    1 in 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    1 in None
except TypeError as err:
    print(type(err).__name__, err)
gen = (x for x in range(10))
print(3 in gen, next(gen), 3 in gen)
