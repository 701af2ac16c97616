# tuple/list/bytes/range/memoryview as dict keys, set members, and in sorting of mixed containers
d = {}
d[(1, 2)] = "tuple"
d[b"ab"] = "bytes"
d[range(3)] = "range"
d[memoryview(b"mv")] = "memoryview"
print(d[(1, 2)], d[b"ab"], d[range(0, 3)], d[b"mv"], d[memoryview(b"ab")], len(d))
s = {(1,), (1.0,), (True,), b"x", bytes([120]), range(2), range(0, 2, 1)}
print(len(s), sorted(map(repr, s)))
print(frozenset([(), (), tuple()]), {b"": 1, memoryview(b""): 2})
print(sorted([(2, b"b"), (1, b"z"), (2, b"a")]), sorted([range(3), range(1)], key=len))
try:
    sorted([range(1), range(2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([memoryview(b"a"), memoryview(b"b")])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([slice(2), slice(1)])
    print(sorted([slice(2), slice(1)]))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([bytearray(b"b"), b"a", bytearray(b"")]))
