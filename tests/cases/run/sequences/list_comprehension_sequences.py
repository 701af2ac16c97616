# building sequences from comprehensions, generator expressions and map/filter
print([x * 2 for x in range(5)], [c for c in b"abc"], [b for b in bytearray(b"\x00\xff")])
print([x for x in (1, 2, 3) if x % 2], [(i, j) for i in range(2) for j in "ab"])
print(tuple(x for x in range(3)), bytes(x + 1 for x in range(3)), bytearray(x for x in b"hi"))
print(list(map(len, ["a", "bb", ()])), list(filter(None, [0, 1, [], [2], (), b"", b"x"])))
print(list(zip([1, 2], (3, 4), range(5, 7), b"xy")))
print([list(row) for row in zip(*[(1, 2, 3), (4, 5, 6)])])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [[row[i] for row in matrix] for i in range(3)])
flat = [v for row in matrix for v in row]
print(flat, sum(flat), flat[::4])
print(list(range(10))[slice(*[None, None, 3])], list(reversed(flat))[:3])
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(x for x in [1, 300])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(x for x in ["a"])
except TypeError as e:
    print(type(e).__name__, e)
gen = (x for x in [1, 2, 3])
print(list(gen), list(gen), tuple(gen))
print(sorted(x % 3 for x in range(10)), sorted((x for x in "hello"), reverse=True))
print(list(enumerate(b"ab", start=10)), dict(enumerate((5, 6))))
print(any(x > 2 for x in [1, 2, 3]), all(b for b in b"\x01\x02"), all([]), any(()))
print(min(b"zab"), max(bytearray(b"az")), sum(b"\x01\x02\x03"), sum([[1], [2]], []), sum(((1,), (2,)), ()))
