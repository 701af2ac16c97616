# tuple and list hashing / equality corner cases and the tuple hash algorithm
vals = [(), (0,), (1,), (-1,), (-2,), (1, 2), (2, 1), ((),), ((), ()), (0.0,), (-0.0,), (1.5,), ("",), ("a", "b"), (b"a",),
        (True,), (None, ...) if False else (True, False), (2**64,), (-2**64,), ((1, 2), (3, 4)), (frozenset(),), (frozenset({1}),),
        (range(3),), (1j,)]
for v in vals:
    print(repr(v), hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)), len({(1, 2), (1.0, 2.0), (True, 2)}))
print(hash(tuple(range(100))), hash(tuple("abcdefghij")) == hash(tuple("abcdefghij")))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in (0, -1, -2, 2**61 - 1, 2**61, 2**63 - 1, -2**63):
    print(h, hash((H(h),)), hash((H(h), H(h))))
class BigHash:
    def __hash__(self):
        return 2**100
print(hash((BigHash(),)))
class NonInt:
    def __hash__(self):
        return 1.5
try:
    hash((NonInt(),))
except TypeError as e:
    print(type(e).__name__, e)
