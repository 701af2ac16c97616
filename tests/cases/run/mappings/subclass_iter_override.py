# dict and set subclasses overriding __iter__/__len__/keys: which operations see the overrides
class S(set):
    def __iter__(self):
        print("S.__iter__")
        return iter([99])
    def __contains__(self, x):
        print("S.__contains__", x)
        return True
    def __len__(self):
        print("S.__len__")
        return 100
s = S([1, 2])
print({1, 3} | s, {1, 3} & s, {1, 3} - s, s | {5}, {1} <= s, {1, 2} == s, set(s), frozenset(s), list(s))
print({1, 2}.issubset(s), {1}.isdisjoint(s), {7}.union(s), {1}.intersection(s), sorted(s.copy()))
t = {1}
t.update(s)
print(t)
class D(dict):
    def __iter__(self):
        print("D.__iter__")
        return iter(["fake"])
    def __len__(self):
        print("D.__len__")
        return 0
    def keys(self):
        print("D.keys")
        return ["k"]
    def __getitem__(self, k):
        print("D.__getitem__", k)
        return 0
    def items(self):
        print("D.items")
        return [("i", 1)]
d = D(a=1)
print(set(d), frozenset(d), {1} | set(d), dict(d), {**d}, list(d))
e = {}
e.update(d)
print(e, d == {"a": 1}, {"a": 1} == d, repr(d), d.get("a"), "a" in d)
print(set().union(d), {"a"}.issubset(d), sorted(d.copy()))
f = {}
f |= d
print(f)
print(d | {}, {} | d)
import copy
print(copy.copy(d))
class OnlyIter(dict):
    def __iter__(self):
        return iter(["ghost"])
    def __getitem__(self, k):
        return "got " + k
o = OnlyIter(real=1)
print(o.copy(), dict(o), {**o}, o | {}, {} | o)
g = {}
g |= o
print(g)
print(type(o.copy()).__name__, list(o.copy()))
class Plain(dict):
    pass
p = Plain(a=1, b=2)
del p["a"]
print(p.copy(), type(p.copy()).__name__)
