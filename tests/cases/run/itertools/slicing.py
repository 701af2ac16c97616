# islice: CPython's argument checking and laziness; takewhile/dropwhile,
# compress, filterfalse, starmap, pairwise.
from itertools import islice, count, takewhile, dropwhile, compress, filterfalse, starmap, pairwise

print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)))
print(list(islice("abcdefg", 0, None, 2)), list(islice(range(100), 3, 30, 7)), list(islice("ab", None)))
print(list(islice(count(), 1, 10, 4)), list(islice([], 5)), list(islice("abc", 10, 20)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
def bad(*args):
    try:
        islice(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
bad()
bad([1])
bad([1], 1, 2, 3, 4)
bad([1], -1)
bad([1], -2)
bad([1], "a")
bad([1], 0, -1)
bad([1], -1, 3)
bad([1], 0, 3, 0)
bad([1], 0, 3, -1)
bad([1], 0, 3, "x")
bad([1], 2**80)
bad(1, 3)
try:
    islice([1], stop=3)
except TypeError as e:
    print("TypeError", e)
s = islice("abcdef", 1, 5, 2)
print(s.__reduce__()[1][1:], s.__reduce__()[2])
next(s)
print(s.__reduce__()[1][1:], s.__reduce__()[2])

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1, 1, 1, 1, 1])))
print(list(compress(data="ABC", selectors=[0, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ["ab", [1, 2]])))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
tw = takewhile(bool, [1, 0, 2])
print(list(tw), tw.__reduce__()[2])
for f in (takewhile, dropwhile, starmap, filterfalse):
    try:
        f(None)
    except TypeError as e:
        print("TypeError", e)
try:
    takewhile(bool, [], x=1)
except TypeError as e:
    print("TypeError", e)
try:
    pairwise()
except TypeError as e:
    print("TypeError", e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    compress([1])
except TypeError as e:
    print("TypeError", e)
def err(x):
    if x == 3:
        raise KeyError(x)
    return True
try:
    list(takewhile(err, range(10)))
except KeyError as e:
    print("KeyError", e)
