# list subclasses: which built-in operations see overridden methods.
class Logged(list):
    def append(self, x):
        print("  append", x)
        super().append(x)
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        return super().__len__() + 100
    def __iter__(self):
        print("  iter")
        return super().__iter__()

l = Logged([1, 2, 3])
l.append(4)
print(l[0], len(l), list(l), sorted(l), l + [5], type(l + [5]).__name__)
print([x for x in l], max(l), 3 in l, l == [1, 2, 3, 4], repr(l), str(l))
print(tuple(l), ",".join(map(str, l)), l.index(2), l.count(1), list(reversed(l)))
x, *rest = l
print(x, rest)
print(type(l[1:]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
l.extend([9])
l += [10]
print(list.__len__(l), type(l).__name__)

class Typed(list):
    def __init__(self, it=()):
        super().__init__(int(v) for v in it)
    def __repr__(self):
        return "Typed(" + super().__repr__() + ")"
t = Typed(["1", "2"])
print(t, t + t, sorted(t, reverse=True), t.__class__.__name__)
try:
    Typed(["a"])
except ValueError as e:
    print("ValueError:", e)

class NoInit(list):
    def __init__(self, *a): pass
print(NoInit([1, 2]), len(NoInit([1])))
class WithAttr(list):
    pass
w = WithAttr()
w.name = "tagged"
print(w.name, w.__dict__)
print(isinstance(w, list), issubclass(WithAttr, list), WithAttr.__mro__)
class SortKey(list):
    def __lt__(self, o): return "not used by sort"
print(sorted([SortKey([2]), SortKey([1])]))
print([3, 1, 2].__class__ is list, list.__new__(WithAttr), list.__new__(WithAttr, 1, 2))
try:
    list.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    list([], [])
except TypeError as e:
    print("TypeError:", e)
try:
    list(x=1)
except TypeError as e:
    print("TypeError:", e)
print(WithAttr(x for x in "ab"))
