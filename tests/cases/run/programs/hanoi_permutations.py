def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(3))
print(len(moves), moves[:4])
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest
print(["".join(p) for p in permutations("abc")])
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail
print(list(combinations([1, 2, 3, 4], 2)))
def powerset(s):
    return [[x for j, x in enumerate(s) if mask >> j & 1] for mask in range(1 << len(s))]
print(powerset("xy"))
def n_queens(n):
    def place(row, cols, d1, d2):
        if row == n:
            yield ()
            return
        for c in range(n):
            if c in cols or row + c in d1 or row - c in d2:
                continue
            for rest in place(row + 1, cols | {c}, d1 | {row + c}, d2 | {row - c}):
                yield (c,) + rest
    return list(place(0, frozenset(), frozenset(), frozenset()))
sol = n_queens(6)
print(len(sol), sol[0])
