# sorted() over many iterables, and its argument handling
def gen(n):
    for i in range(n, 0, -1):
        yield i
print(sorted(gen(5)), sorted(iter([3, 1, 2])), sorted(reversed(range(4))), sorted(map(abs, [-3, 1, -2])))
print(sorted(filter(None, [0, 3, 0, 1])), sorted(zip([2, 1], "ba")), sorted(enumerate("cab"), key=lambda p: p[1]))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.values()), sorted({3, 1, 2}))
print(sorted("hello"), sorted(b"hello"), sorted(bytearray(b"zyx")), sorted(memoryview(b"cab")), sorted(range(5, 0, -2)))
print(sorted([], reverse=True), sorted(x for x in []), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
s = [3, 1, 2]
r = sorted(s)
print(r, s, r is s)
for bad_args, bad_kwargs in (((), {}), ((1,), {}), (([1], None), {}), (([],), {"key": 1, "extra": 2}), (([],), {"cmp": None})):
    try:
        sorted(*bad_args, **bad_kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
def raising():
    yield 2
    raise ValueError("generator failed")
try:
    sorted(raising())
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], key=None, reverse=False), sorted(["b", "A"], key=str.casefold))
print(sorted([1, 2, 3], key=lambda v: 0), sorted([1, 2, 3], key=lambda v: 0, reverse=True))
print(sorted([-1, 2, -3], key=abs), sorted(["aa", "b", "ccc"], key=len, reverse=True))
print(sorted([0.5, -0.0, 0.0, -0.5]), sorted([True, 0, -1, False]))
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "I%d" % self.v
print(sorted([Item(2), Item(1), Item(3)]))
class NoCompare:
    pass
try:
    sorted([NoCompare(), NoCompare()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoCompare()]) is not None, len(sorted([NoCompare()])))
