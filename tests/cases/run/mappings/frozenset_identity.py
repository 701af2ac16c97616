# when frozenset operations return the same object
f = frozenset([1, 2, 3])
print(frozenset(f) is f, f.copy() is f, f.union() is f, f.intersection() is f, f.difference() is f)
print((f | frozenset()) is f, (f & f) is f, (f - frozenset()) is f, (f ^ frozenset()) is f)
print(f | frozenset() == f, f & f == f)
e1, e2 = frozenset(), frozenset([])
print(e1 is e2, frozenset(()) is e1, frozenset(set()) is e1, frozenset(iter([])) is e1, frozenset("") is e1)
print((f - f) is e1, (f & frozenset()) is e1, frozenset(f - f) is e1)
class F(frozenset):
    pass
sf = F([1])
print(frozenset(sf) is sf, type(frozenset(sf)).__name__, F(sf) is sf, sf.copy() is sf, type(sf.copy()).__name__)
print(F() is F(), F() is frozenset(), type(F()).__name__)
s = {1, 2}
print(set(s) is s, s.copy() is s, s.union() is s)
t = s
t |= {3}
print(t is s, s)
u = frozenset([1])
v = u
u |= {2}
print(u is v, u, v)
def consts():
    return frozenset({1, 2}), 1 in {1, 2}, {1, 2}
print(consts()[0] is not None, consts()[2] is not consts()[2])
print(frozenset([1, 2]).__hash__() == frozenset([2, 1]).__hash__())
empty_a, empty_b = frozenset(), frozenset()
print(empty_a == empty_b, hash(empty_a) == hash(empty_b))
