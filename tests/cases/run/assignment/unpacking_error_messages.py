cases = [
    ("a, b = [1]", {}),
    ("a, b = [1, 2, 3]", {}),
    ("a, b, c = 'ab'", {}),
    ("a, *b, c = [1]", {}),
    ("(a, b), c = 1, 2", {}),
    ("a, b = {'x': 1}", {}),
    ("a, b = range(5)", {}),
    ("[a] = ()", {}),
    ("a, b = iter([1])", {}),
    ("*a, b, c, d = 'xy'", {}),
    ("a, b = x", {"x": (i for i in range(3))}),
    ("for a, b in [(1, 2), (3,)]: pass", {}),
    ("[(a, b) for a, b in [(1, 2, 3)]]", {}),
]
for src, ns in cases:
    try:
        exec(src, ns)
        print("ok", src)
    except (ValueError, TypeError) as e:
        print(f"{src:35} -> {type(e).__name__}: {e}")
class Bad:
    def __iter__(self):
        raise RuntimeError("iteration refused")
try:
    a, b = Bad()
except RuntimeError as e:
    print(e)
class Len2:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError
x, y = Len2()
print(x, y)
