# equality shortcuts: sizes and cached frozenset hashes decide before __eq__ is called
class AlwaysEq:
    def __init__(self, h):
        self.h = h
    def __repr__(self):
        return f"AlwaysEq({self.h})"
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("eq called", self.h, getattr(other, "h", other))
        return True
a = frozenset([AlwaysEq(1)])
b = frozenset([AlwaysEq(2)])
print(a == b)
hash(a), hash(b)
print(a == b, a != b)
print(set(a) == b)
c = frozenset([AlwaysEq(1), AlwaysEq(9)])
print(a == c, a < c, a <= c)
print(a.issubset(c), c.issuperset(a))
print(a.isdisjoint(b))
print(a & b, a - b)
d1 = {AlwaysEq(1): 1}
d2 = {AlwaysEq(2): 1}
print(d1 == d2)
d3 = {AlwaysEq(1): 1}
print(d1 == d3)
