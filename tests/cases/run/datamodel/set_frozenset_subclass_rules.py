# set and frozenset subclasses: construction, hashing, operator results, overrides.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class FS(frozenset):
    def __new__(cls, *args, tag="t"):
        self = super().__new__(cls, *args)
        self.tag = tag
        return self
f = FS([1, 2], tag="x")
print(sorted(f), f.tag, type(f).__name__, hash(f) == hash(frozenset([1, 2])), f == {1, 2})
print(type(f | {3}).__name__, type(f.copy()).__name__, f.copy() is f, frozenset(f) is f)
e = FS()
print(len(e), e is FS(), frozenset() is frozenset(), type(e).__name__)

class S(set):
    def __init__(self, *a, limit=10):
        super().__init__(*a)
        self.limit = limit
    def add(self, x):
        if len(self) >= self.limit:
            raise OverflowError("full")
        super().add(x)
s = S([1], limit=2)
s.add(2)
err(lambda: s.add(3))
s.update([3, 4])       # update does not call add
print(sorted(s), s.limit)
err(lambda: hash(s))
print(type(s - {1}).__name__, type(s.union()).__name__, type(s.copy()).__name__, type(s & s).__name__)

# comparisons between set kinds
print(S({1}) == frozenset({1}), FS({1}) == {1}, {1} < S({1, 2}), FS({1}) <= FS({1}))
print(set() == frozenset(), {1}.issubset(FS({1, 2})), FS({1}).isdisjoint(S({2})))

# set of mixed subclass elements and their hashing
class H(int):
    def __hash__(self): return 1
    def __eq__(self, o): return int(self) == int(o)
print(sorted({H(1), H(2), H(1)}), len({H(1), 1}))

# in-place ops on subclass return the same object
s2 = S([1])
s3 = s2
s3 |= {9}
s3 &= {1, 9}
s3 -= {1}
s3 ^= {7}
print(s3 is s2, sorted(s3), type(s3).__name__)

# frozenset subclass with __hash__ overridden used as dict key
class LoudFS(frozenset):
    def __hash__(self):
        print("LoudFS.__hash__")
        return super().__hash__()
d = {LoudFS([1]): "v"}
print(d[frozenset([1])])

# set operations with non-set iterables
print(sorted(S([1]).union([2], (3,), [4])), sorted(FS([1]).intersection([1, 2])))
err(lambda: S([1]) | [2])
err(lambda: FS([1]) & [1])
err(lambda: S([1]) < [1])

# reprs
print(repr(S()), repr(S([1])), repr(FS()), repr(FS([5])))
class R(set):
    def __repr__(self): return "R!"
print(repr(R()), str(R([1])), [R()])
