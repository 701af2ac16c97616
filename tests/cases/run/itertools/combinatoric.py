# product, permutations, combinations, combinations_with_replacement:
# order, edge sizes, errors, reduce/setstate round trips with copy.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
def rebuild(obj):
    # what copy.copy does with __reduce__
    cls, args, *rest = obj.__reduce__()
    new = cls(*args)
    if rest and rest[0] is not None:
        new.__setstate__(rest[0])
    return new

print(list(product("ab", "cd")), list(product("ab", repeat=2)))
print(list(product()), list(product("ab", [])), list(product(repeat=3)), list(product("a", repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
print(list(permutations("abc")), list(permutations("abc", 2)))
print(list(permutations("ab", 3)), list(permutations("", 0)), list(permutations([])), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)), list(combinations("abc", 0)), list(combinations("ab", 3)))
print(list(combinations(range(5), 5)), list(combinations([], 0)))
print(list(cwr("abc", 2)), list(cwr("", 2)), list(cwr("", 0)), list(cwr("ab", 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
# a result kept by the caller is not changed by the next step
p = permutations("abc")
first = next(p)
second = next(p)
print(first, second)

def err(f, *a, **k):
    try:
        f(*a, **k)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
err(combinations, [1], -1)
err(combinations, [1])
err(combinations, [1], "a")
err(cwr, [1], -2)
err(permutations, [1], -1)
err(permutations, [1], "a")
err(permutations, [1], 1.0)
err(product, [1], repeat=-1)
err(product, 1)
err(product, [1], foo=2)
err(product, [1], repeat="x")

print(product("ab", repeat=2).__reduce__())
g = product("ab", "cd"); next(g); print(g.__reduce__())
g = combinations("abc", 2); next(g); print(g.__reduce__())
g = permutations("abc", 2); next(g); print(g.__reduce__())
g = cwr("abc", 2); next(g); print(g.__reduce__())
for make in (lambda: product("abc", repeat=2), lambda: permutations("abcd", 3),
             lambda: combinations("abcde", 3), lambda: cwr("abc", 3)):
    g = make()
    for _ in range(4):
        next(g)
    h = rebuild(g)
    print(list(g) == list(h), type(h).__name__)
g = combinations("abc", 2)
list(g)
print(g.__reduce__())
g = product("ab")
g.__setstate__((5,))
print(list(g))
try:
    g.__setstate__((1, 2))
except ValueError as e:
    print("ValueError", e)
