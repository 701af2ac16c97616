# set and frozenset subclasses: result types of operators and methods.
class S(set):
    def __repr__(self): return "S(" + repr(sorted(self)) + ")"
class F(frozenset):
    def __repr__(self): return "F(" + repr(sorted(self)) + ")"

s = S({1, 2})
f = F({2, 3})
for r in [s | {3}, {3} | s, s & {1}, s - {1}, s ^ {5}, s.copy(), s.union(), s.intersection({1}),
          f | {9}, {9} | f, f & {2}, f.copy(), f.union(), frozenset(f), set(s), s | f, f | s]:
    print(type(r).__name__, sorted(r))
print(s == {1, 2}, f == frozenset({2, 3}), hash(f) == hash(frozenset({2, 3})), f in {frozenset({2, 3}): 1})
print(s <= {1, 2, 3}, f > frozenset(), s.isdisjoint(f), {1, 2} == s)
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
try:
    s | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    s < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {[]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().remove(5)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    set(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    set(x=1)
except TypeError as e:
    print("TypeError:", e)

class Tracking(set):
    def add(self, x):
        print("  add", x)
        super().add(x)
    def __iter__(self):
        print("  iter")
        return super().__iter__()
t = Tracking()
t.add(1)
t |= {2}
print(sorted(t), len(t), 1 in t)
print(sorted(set(t)), sorted(frozenset(t)))
class FrozenNew(frozenset):
    def __new__(cls, *a):
        print("  new", a)
        return super().__new__(cls, *a)
fn = FrozenNew([1])
print(type(fn.copy()).__name__, fn.copy() is fn, frozenset(fn) is fn)
e = frozenset()
print(frozenset() is e, frozenset(e) is e, F() is F(), type(F()).__name__)
class Hashable(set):
    def __hash__(self): return 5
print(hash(Hashable()), {Hashable({1})} != set())
