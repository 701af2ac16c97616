# __class_getitem__ and generic aliases of built-in types.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box[1, 2], Box["x"])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()[0]
except TypeError as e:
    print("TypeError:", e)

print(list[int], dict[str, int], tuple[int, ...], type[int])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__)
print(a([1, 2]), type(a([1])) is list)
print(list[int] == list[int], list[int] == list[str])
print(isinstance([], list), repr(list[list[int]]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
print(set[int], frozenset[str], type(list[int]).__name__)

class Meta(type):
    def __getitem__(cls, item):
        return "meta getitem " + str(item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[1])

class Sub(list): pass
print(Sub[int])
print(dict[str, list[int]].__args__)
