nums = range(10)
print([n * n for n in nums if n % 2 if n > 2])
print({n % 3 for n in nums})
print({n: chr(65 + n) for n in range(5)})
print([(a, b) for a in range(3) for b in range(a)])
print([[c for c in word] for word in ("ab", "cd")])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x != 4])
words = ["apple", "bob", "kayak", "zed"]
print({w: w == w[::-1] for w in words})
print(sorted({len(w) for w in words}))
print([y for x in [[1], [2, 3]] for y in x])
print({**{k: v for k, v in [("a", 1)]}, "b": 2})
print([i for i in range(3)][::-1], [(lambda: i)() for i in "xy"])
print({k: v for k, v in zip("abc", range(3)) if v})
d = {"z": 1}
print({(k, v) for k, v in d.items()})
print([x if x > 1 else -x for x in range(4)])
