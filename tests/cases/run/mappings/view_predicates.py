# views: isdisjoint, len, contains, comparisons, reversed
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i))
print("a" in k, "z" in k, 1 in v, 9 in v, ("a", 1) in i, ("a", 2) in i, "a" in i, ("a",) in i, ("a", 1, 2) in i)
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), k.isdisjoint(iter([])), k.isdisjoint("zc"))
print(i.isdisjoint({("a", 1)}), i.isdisjoint([("a", 2)]), i.isdisjoint(k))
print({}.keys().isdisjoint([]), k.isdisjoint(k))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: k.isdisjoint(5))
err(lambda: k.isdisjoint([[]]))
err(lambda: k.isdisjoint())
err(lambda: [] in k)
err(lambda: v.isdisjoint([]))
print([] in v, {} in v)
err(lambda: ([], 1) in i)
err(lambda: ("a", []) in i if False else (([], 1) in i))
# comparisons
print(k == {"a", "b", "c"}, k == {"a"}, k != {"a"}, k == ["a", "b", "c"], k == d.copy().keys())
print(k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= k, k < k)
print(i == {("a", 1), ("b", 2), ("c", 3)}, i <= {("a", 1), ("b", 2), ("c", 3), 9})
print(k == frozenset("abc"), {"a", "b", "c"} == k, frozenset("ab") < k)
print(v == v, v == d.values(), v != v)
err(lambda: k < ["a"])
err(lambda: k < 5)
err(lambda: v < v)
print(k.__eq__(5), k.__lt__([]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
r = reversed(k)
print(type(r).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(r.__length_hint__())
next(r)
print(r.__length_hint__())
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
it = iter(i)
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(reversed({}.keys())), bool(k), bool({}.keys()))
import sys
e = {}
print(sys.getsizeof(k) == sys.getsizeof(v))
