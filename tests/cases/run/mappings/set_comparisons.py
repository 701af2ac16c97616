# set comparisons: subsets, supersets, equality with frozenset
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a, a >= a)
print(a < c, a > c, a <= c, a >= c, a == c, a != c)
print(set() < a, set() <= set(), set() < set(), frozenset() == set())
print(a == frozenset([1, 2]), frozenset([1, 2]) == a, frozenset(a) < b, a < frozenset(b))
print(a.issubset(b), a.issubset([1, 2]), a.issubset(range(5)), a.issubset(iter([1])), a.issubset("12"))
print(b.issuperset(a), b.issuperset([1, 1, 1]), b.issuperset(()), a.issuperset(iter([1, 2, 3])))
print(a.isdisjoint(c), a.isdisjoint([2]), a.isdisjoint(iter([])), a.isdisjoint("ab"), set().isdisjoint(set()))
f = frozenset([1])
print(f.issubset(a), f.issuperset([]), f.isdisjoint({2}))
def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: a.issubset(5))
err(lambda: a.issuperset(None))
err(lambda: a.isdisjoint(1))
err(lambda: a.issubset())
err(lambda: a.issubset([[]]))
err(lambda: a.issuperset([[]]))
err(lambda: a.isdisjoint([[]]))
err(lambda: set().issubset([[]]))
err(lambda: set().issuperset([[]]))
# ordering is partial: sorting sets is meaningless but defined
sets = [{1, 2}, {1}, {3}, set()]
print([x < y for x in sets for y in sets])
print(max([{1}, {2}]), min([{1}, {1, 2}]))
# equality with dict views
d = {1: "a", 2: "b"}
print(a == d.keys(), d.keys() == a, a <= d.keys(), d.keys() < b, a == d.items())
# comparison with subclasses
class S(set):
    pass
print(S([1, 2]) == a, S() < a, a >= S([1]))
class Rev(set):
    def __gt__(self, other):
        return "Rev.__gt__"
print({1} < Rev([1, 2]))
# chained comparisons
print(set() < {1} < {1, 2} < {1, 2, 3}, set() <= set() < {0})
import collections.abc
print(isinstance(a, collections.abc.MutableSet), isinstance(f, collections.abc.MutableSet), isinstance(f, collections.abc.Set))
