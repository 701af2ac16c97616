# unpacking errors and successes for every sequence type
import collections
sources = {
    "list": [1, 2, 3], "tuple": (1, 2, 3), "range": range(1, 4), "bytes": b"\x01\x02\x03",
    "bytearray": bytearray(b"\x01\x02\x03"), "memoryview": memoryview(b"\x01\x02\x03"), "str": "123",
    "deque": collections.deque([1, 2, 3]), "gen": None, "dict": {1: "a", 2: "b", 3: "c"},
}
def get(name):
    if name == "gen":
        return (x for x in (1, 2, 3))
    return sources[name]
for name in sources:
    a, b, c = get(name)
    print(name, a, b, c)
    first, *rest = get(name)
    print(" ", first, rest)
    *init, last = get(name)
    print(" ", init, last)
    try:
        x, y = get(name)
    except ValueError as e:
        print(" ", type(e).__name__, e)
    try:
        w, x, y, z = get(name)
    except ValueError as e:
        print(" ", type(e).__name__, e)
    try:
        p, q, r, s, *t = get(name)
    except ValueError as e:
        print(" ", type(e).__name__, e)
for bad in (5, None, 1.5):
    try:
        a, b = bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        a, *b = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [a, b] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a,) = ()
except ValueError as e:
    print(type(e).__name__, e)
(only,) = [9]
[x, [y, z]] = (1, (2, 3))
print(only, x, y, z)
try:
    x, (y, z) = 1, (2,)
except ValueError as e:
    print(type(e).__name__, e)
class OldProto:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError
a, b = OldProto()
print(a, b)
try:
    a, b, c = OldProto()
except ValueError as e:
    print(type(e).__name__, e)
def failing():
    yield 1
    raise KeyError("inside")
try:
    a, b = failing()
except KeyError as e:
    print(type(e).__name__, e)
for n in range(0, 5):
    try:
        a, b, c = range(n)
        print(n, "ok")
    except ValueError as e:
        print(n, type(e).__name__, e)
