# collections.abc views and containers of dict, set, frozenset
import collections.abc as abc
d = {"a": 1}
checks = [
    ("dict", d), ("keys", d.keys()), ("values", d.values()), ("items", d.items()),
    ("set", {1}), ("frozenset", frozenset()), ("keyiter", iter(d)), ("valueiter", iter(d.values())),
    ("itemiter", iter(d.items())), ("setiter", iter({1})), ("revkeys", reversed(d)),
    ("revvalues", reversed(d.values())), ("revitems", reversed(d.items())),
]
abcs = [abc.Container, abc.Hashable, abc.Iterable, abc.Iterator, abc.Reversible, abc.Sized,
        abc.Collection, abc.Set, abc.MutableSet, abc.Mapping, abc.MutableMapping,
        abc.MappingView, abc.KeysView, abc.ItemsView, abc.ValuesView, abc.Sequence]
for name, obj in checks:
    print(name.ljust(10), "".join("X" if isinstance(obj, a) else "." for a in abcs))
for name, obj in checks:
    print(name.ljust(10), "".join("X" if issubclass(type(obj), a) else "." for a in abcs))
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(type(iter({1})).__name__, type(iter(frozenset([1]))).__name__)
# abc mixin methods vs. builtin ones
print(abc.Set.__and__ is not set.__and__, hasattr(type(d.keys()), "_from_iterable"))
print(abc.KeysView.__and__(d.keys(), {"a"}) if False else "mixin skipped")
class MySet(abc.Set):
    def __init__(self, it):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
m = MySet([3, 1, 2])
print(m == {1, 2, 3}, {1, 2, 3} == m, m <= {1, 2, 3, 4}, sorted(m & {1, 5}), sorted({1, 5} & m))
print(sorted(m | {9}), sorted(m - {1}), sorted({1, 9} - m) if False else "rsub skipped", d.keys() == MySet(["a"]))
print(set(m) == {1, 2, 3}, m.isdisjoint({7}), sorted(d.keys() | m, key=str))
class MyMap(abc.Mapping):
    def __getitem__(self, k):
        if k == "x":
            return 1
        raise KeyError(k)
    def __iter__(self):
        return iter(["x"])
    def __len__(self):
        return 1
mm = MyMap()
print(dict(mm), {**mm}, mm == {"x": 1}, {"x": 1} == mm, mm.keys() == {"x"}, list(mm.items()))
print(isinstance(mm.keys(), abc.KeysView), type(mm.keys()).__name__, mm.get("y", "dflt"))
r = {}
r.update(mm)
print(r)
print(set(d) <= d.keys(), frozenset(d.items()) == d.items())
print(abc.Hashable.__subclasshook__(set), abc.Hashable.__subclasshook__(frozenset))
