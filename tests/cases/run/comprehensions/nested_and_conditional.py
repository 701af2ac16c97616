grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print([cell for row in grid for cell in row if sum(cell) % 2 == 0])
print({r: [c for (_, c) in row] for r, row in enumerate(grid)})
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
words = ["alpha", "beta", "gamma", "delta"]
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j])
print(sum(1 for w in words for ch in w if ch == "a"))
print([y for y in (x * 2 for x in range(5)) if y > 4])
print(list({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()}.items()))
print([f(2) for f in [lambda x, n=n: x ** n for n in range(4)]])
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)], [row[::-1] for row in matrix[::-1]])
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
