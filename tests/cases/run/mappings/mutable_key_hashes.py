# keys whose hash changes after insertion, and how often each operation hashes
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Mutable) and self.v == other.v
    def __repr__(self):
        return f"M({self.v})"
m = Mutable(1)
d = {m: "one"}
s = {m}
m.v = 2
print(m in d, m in s, Mutable(1) in d, Mutable(2) in d, list(d), list(s))
d[m] = "again"
s.add(m)
print(len(d), len(s), d, s)
m.v = 1
print(m in d, len(d), d.get(Mutable(1)), d.pop(Mutable(1), "gone"), d)
try:
    s.remove(Mutable(3))
except KeyError as e:
    print(type(e).__name__, e)
print({k.v for k in s}, len(set(s)), len(set(list(s))))
n = Mutable(5)
f = frozenset([n])
h1 = hash(f)
n.v = 6
print(hash(f) == h1, n in f, Mutable(5) in f)
counter = [0]
class Counting:
    def __hash__(self):
        counter[0] += 1
        return 1
c = Counting()
dd = {c: 1}
dd[c]
c in dd
dd.get(c)
dd.setdefault(c, 0)
dd.pop(c)
print("hash calls", counter[0])
counter[0] = 0
ss = {c}
c in ss
ss.discard(c)
ss.add(c)
ss.remove(c)
print("hash calls", counter[0])
counter[0] = 0
dd = dict.fromkeys([c])
{c: 1}.keys() & {c}
print("hash calls", counter[0])
counter[0] = 0
big = {Counting(): i for i in range(10)}
big2 = dict(big)
big3 = big.copy()
big4 = {**big}
set(big)
print("hash calls after copies", counter[0])
