class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))
    def __iter__(self):
        for row in self.rows:
            yield from row
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a + b, a @ b, a.transpose(), a[1, 0], list(a), sum(a), a == Matrix([[1, 2], [3, 4]]))
identity = Matrix([[1 if i == j else 0 for j in range(2)] for i in range(2)])
print(a @ identity == a)
for bad in [lambda: Matrix([[1], [1, 2]]), lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]),
            lambda: a[5, 0], lambda: Matrix([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
