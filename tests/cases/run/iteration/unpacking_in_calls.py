def show(*args, **kwargs):
    return f"{args} {kwargs}"
print(show(*[1, 2], *(3,), *"ab"))
print(show(**{"a": 1}, **{"b": 2}))
print(show(0, *range(2), x=1, *[9], **{"y": 2}))
def gen():
    print("gen starts")
    yield 1
print(show(*gen()))
class Keys:
    def keys(self):
        return iter(["k1", "k2"])
    def __getitem__(self, k):
        return k * 2
print(show(**Keys()))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    show(*None)
except TypeError as e:
    print(e)
try:
    show(**None)
except TypeError as e:
    print(e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
print([*range(3), *[]], (*"xy",), {*"aa", *"b"} == {"a", "b"}, {**{"k": 1}, **{}})
a, *b = *range(3), 10
print(a, b)
print(*[1, 2], sep=" | ")
def f(a, b, c):
    return a, b, c
print(f(*[1], **{"c": 3, "b": 2}), f(1, *(2,), c=3))
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    f(1, **{"a": 5, "b": 2, "c": 3})
except TypeError as e:
    print(e)
