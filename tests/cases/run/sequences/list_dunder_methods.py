# calling list/tuple dunder methods and unbound methods directly
l = [1, 2, 3]
print(l.__getitem__(0), l.__getitem__(slice(1, None)), l.__len__(), l.__contains__(2), l.__contains__(9))
l.__setitem__(0, "a")
l.__setitem__(slice(1, 2), ["b", "B"])
l.__delitem__(-1)
print(l)
print(l.__iadd__([9]) is l, l.__imul__(2) is l, l)
print(l.__add__([0]), l.__mul__(2)[:3], l.__rmul__(0))
print(l.__eq__([1]), l.__lt__("x"), l.__ne__(l), l.__ge__(l))
print(list(l.__reversed__()), list(l.__iter__())[:2])
print(list.append(l, "x"), l[-1], list.__len__(l), list.__getitem__(l, 0))
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__len__("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple.count([1, 1], 1)
except TypeError as e:
    print(type(e).__name__, e)
print(tuple.__getitem__((1, 2), -1), tuple.__len__(()), tuple.__add__((1,), (2,)), tuple.__mul__((1,), 3))
print(tuple.__eq__((1,), [1]), list.__eq__([1], (1,)))
try:
    l.__setitem__(100, 1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    l.__iadd__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.__imul__("x")
except TypeError as e:
    print(type(e).__name__, e)
fresh = [3, 4]
fresh.__init__([7, 8, 9])
print(fresh)
fresh.__init__()
print(fresh)
try:
    fresh.__init__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list.__new__(list), list.__new__(list, 1, 2, 3))
print(list[int], tuple[int, ...], type(list[int]).__name__, list[int]([1]) if False else list[str].__origin__)
print(list.__hash__, tuple.__hash__ is not None, [].__class__.__name__, list.__name__, list.__qualname__, list.__module__)
print(hasattr(list, "__reversed__"), hasattr(tuple, "__reversed__"), hasattr(range, "__reversed__"), hasattr(bytes, "__reversed__"))
print(sorted(n for n in dir(list) if not n.startswith("_")))
print(sorted(n for n in dir(tuple) if not n.startswith("_")))
