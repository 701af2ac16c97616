# types.GenericAlias and __class_getitem__ on built-in and user classes.
import types, collections, collections.abc, typing
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

for cls in (list, dict, tuple, set, frozenset, type, collections.deque, collections.OrderedDict,
            collections.defaultdict, collections.abc.Iterable, collections.abc.Callable):
    err(lambda: repr(cls[int]))

g = dict[str, list[int]]
print(g, g.__origin__, g.__args__, g.__parameters__, type(g) is types.GenericAlias)
print(g == dict[str, list[int]], g != dict[str, int], hash(g) == hash(dict[str, list[int]]))
print(list[int] == list, list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(tuple[int, ...], tuple[()], tuple[int, str].__args__, tuple[()].__args__)
print(list[int].__class__ is types.GenericAlias, list[int].__name__ if hasattr(list[int], "__name__") else "no name")
print(list[int].append is list.append, list[int].__mro_entries__((list[int],)))
err(lambda: list[int][str])
err(lambda: isinstance([], list[int]))
err(lambda: issubclass(list, list[int]))
err(lambda: int[str])
err(lambda: list[int, str])

T = typing.TypeVar("T")
K = typing.TypeVar("K")
print(list[T], list[T].__parameters__, list[T][int], dict[K, T][str, int], dict[K, list[T]][str, bytes])
err(lambda: list[T][int, str])
err(lambda: dict[K, T][int])

# constructing GenericAlias directly
ga = types.GenericAlias(list, (int,))
print(ga, ga == list[int], types.GenericAlias(dict, int))
err(lambda: types.GenericAlias(list))
err(lambda: types.GenericAlias(list, int, str))

# subclassing a GenericAlias subclasses the origin
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([1]))
class MyDict(dict[str, int], metaclass=type):
    pass
print(MyDict.__mro__[1].__name__)

# user-defined __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)
print(Box[int], Box[int, str].__args__, Box[int]() .__class__.__name__)
class SubBox(Box): pass
print(SubBox[bytes])
class Raw:
    def __class_getitem__(cls, item):
        return ("raw", cls.__name__, item)
print(Raw[1], Raw[1, 2], Raw[:], Raw[...])

# union with GenericAlias and None
u = list[int] | None
print(u, type(u).__name__, u.__args__)
print(int | list[str], (int | str) | bytes, int | (str | bytes) == int | str | bytes)
err(lambda: list[int] | 5)

# attributes are forwarded to the origin
print(list[int].__doc__ == list.__doc__, list[int].__module__, list[int].__qualname__ if hasattr(list[int], "__qualname__") else "")
print(dir(list[int]) == dir(list[int]), "__origin__" in dir(list[int]))
print(list[int].__reduce__()[0].__name__ if hasattr(list[int].__reduce__()[0], "__name__") else "", list[int].__reduce__()[1])
import copy, pickle
print(copy.copy(list[int]) == list[int], pickle.loads(pickle.dumps(dict[str, int])))
print(list[int].__unpacked__, (*tuple[int, str],)[0] if False else "skip")
