# defaultdict and deque re-exported by CPython's collections; the abc module.
from collections import defaultdict, deque, UserDict, UserList, UserString
import collections.abc as cabc

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups.default_factory)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print({k: dict(v) for k, v in nested.items()})
d = deque(range(5), maxlen=5)
d.append(5); d.appendleft(-1); d.rotate(2)
print(d, d.maxlen)
class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper(a=1)
u["b"] = 2
print(u, "A" in u, isinstance(u, cabc.MutableMapping))
ul = UserList([3, 1, 2]); ul.sort()
print(ul, ul + [4], UserString("abc").upper())
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(deque, cabc.MutableSequence))
print(isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable), isinstance((x for x in []), cabc.Generator))
class Bag(cabc.Set):
    def __init__(self, items): self.items = list(dict.fromkeys(items))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
print(sorted(Bag("abc") & Bag("bcd")), Bag("ab") <= Bag("abc"), sorted(Bag("ab") | Bag("c")))
