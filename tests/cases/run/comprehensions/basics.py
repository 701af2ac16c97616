print([i for i in range(10)])
print([(i, j) for i in range(3) for j in range(i)])
print({i % 3 for i in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print(list(x for x in "hello" if x != "l"))
x = 10
print([x for x in range(3)], x)
print([[j for j in range(i)] for i in range(4)])
nested = [[1, 2], [3, 4]]
print([y for row in nested for y in row])
print(sum(i * i for i in range(100)))
print(sorted({3, 1, 2}))
print([i if i % 2 else -i for i in range(5)])
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
print(dict.fromkeys("ab", 0))
print(frozenset([1, 2, 2]))
print(any(i > 3 for i in range(5)), all(i < 3 for i in range(5)))
