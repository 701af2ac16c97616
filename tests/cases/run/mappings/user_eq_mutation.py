# __eq__ that mutates the container during a lookup must not crash
class Mutating:
    def __init__(self, target, name):
        self.target = target
        self.name = name
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.target.clear()
        return False
    def __repr__(self):
        return self.name
d = {}
d[Mutating(d, "first")] = 1
try:
    d[Mutating(d, "second")] = 2
    print("inserted", len(d), list(d))
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {}
d2[Mutating(d2, "a")] = 1
print(Mutating(d2, "b") in d2, len(d2))
d3 = {}
d3[Mutating(d3, "x")] = 1
print(d3.get(Mutating(d3, "y")), d3)
s = set()
s.add(Mutating(s, "s1"))
s.add(Mutating(s, "s2"))
print(len(s), sorted(map(repr, s)))
s2 = set()
s2.add(Mutating(s2, "t1"))
print(Mutating(s2, "t2") in s2, s2)
# __eq__ that inserts many keys forces a resize mid-lookup
class Grower:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 3
    def __eq__(self, other):
        for i in range(100, 140):
            self.target[i] = i
        return False
g = {}
g[Grower(g)] = "g"
g[Grower(g)] = "h"
print(len(g), sum(1 for k in g if isinstance(k, Grower)))
sg = set()
class SetGrower(Grower):
    def __eq__(self, other):
        for i in range(100, 140):
            self.target.add(i)
        return False
    __hash__ = Grower.__hash__
sg.add(SetGrower(sg))
sg.add(SetGrower(sg))
print(len(sg), sum(1 for k in sg if isinstance(k, SetGrower)))
# __eq__ that removes the key it is compared against
class Remover:
    def __init__(self, target, n):
        self.target = target
        self.n = n
    def __hash__(self):
        return 11
    def __eq__(self, other):
        if getattr(other, "busy", False) or getattr(self, "busy", False):
            return False
        self.busy = True
        if isinstance(self.target, dict):
            self.target.pop(other, None)
        else:
            self.target.discard(other)
        self.busy = False
        return False
rd = {}
rd[Remover(rd, 1)] = 1
rd[Remover(rd, 2)] = 2
print(len(rd))
rs = set()
rs.add(Remover(rs, 1))
rs.add(Remover(rs, 2))
print(len(rs))
print("survived")
