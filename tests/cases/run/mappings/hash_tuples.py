# tuple hashes (xxHash-based combination in 3.11)
vals = [(), (0,), (1,), (-1,), (-2,), (0, 0), (1, 2), (2, 1), (1, 2, 3), ((),), ((), ()), (((),),),
        (1.5,), ("a",), ("a", "b"), (None,) if False else (True, False), (2**61 - 1,), (2**61,), (-2**63,),
        tuple(range(10)), tuple(range(100)), (1, (2, (3, (4, (5,))))), (frozenset(),), (0.0, -0.0), (1j,)]
for t in vals:
    print(t if len(repr(t)) < 40 else repr(t)[:37] + "...", hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)))
print(hash(((1, 2), (3, 4))) == hash(((1.0, 2), (3, 4.0))))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash((H(-1),)) == hash((-2,)), hash((H(2**64),)), hash((H(-1), H(-1))))
def err(t):
    try:
        print(hash(t))
    except TypeError as e:
        print(type(e).__name__, e)
err((1, []))
err(([], 1))
err((1, (2, {})))
err((1, {1}))
class R:
    def __hash__(self):
        raise KeyError("boom")
try:
    hash((1, R()))
except KeyError as e:
    print(type(e).__name__, e)
import collections
P = collections.namedtuple("P", "a b")
print(hash(P(1, 2)) == hash((1, 2)), {P(1, 2): "p"}[(1, 2)])
class T(tuple):
    def __hash__(self):
        return 5
print(hash(T()), hash((T(),)) == hash((5,)))
print(len({(i, j) for i in range(30) for j in range(30)}), len({(i, -i) for i in range(-50, 50)}))
