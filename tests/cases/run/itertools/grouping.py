# groupby (and how an old group stops once the next one starts), tee,
# accumulate, chain, zip_longest.
from itertools import groupby, tee, accumulate, chain, zip_longest, count, islice
import operator
def rebuild(obj):
    # what copy.copy does with __reduce__
    cls, args, *rest = obj.__reduce__()
    new = cls(*args)
    if rest and rest[0] is not None:
        new.__setstate__(rest[0])
    return new

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 7], key=lambda x: x // 3)])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("aaabbc")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(groupby([])), type(next(groupby("a"))[1]).__name__)
try:
    groupby([], key=None, x=1)
except TypeError as e:
    print("TypeError", e)

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
print(tee([1], 0), len(tee([1], 5)))
x, = tee("xyz", 1)
print(list(x))
a, b, c = tee(count(), 3)
print([next(a) for _ in range(100)][-1], next(b), next(c))
a, b = tee(iter("abc"))
d = a.__copy__()
e = rebuild(a)
print(next(a), next(d), list(a), list(d), list(b), list(e))
t1, t2 = tee(tee("pq")[0])
print(type(t1).__name__, list(t1), list(t2))
for args in [(), ([1], -1), ([1], "x")]:
    try:
        tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big_a, big_b = tee(range(200))
print(sum(big_a), sum(big_b))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], func=None)))
acc = accumulate([1, 2, 3])
next(acc)
print(acc.__reduce__()[2], list(rebuild(acc)))
try:
    accumulate([1], foo=1)
except TypeError as e:
    print("TypeError", e)
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError", e)

print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
print(list(islice(chain.from_iterable(repeat for repeat in (count(), "z")), 3)))
try:
    chain(a=1)
except TypeError as e:
    print("TypeError", e)
try:
    list(chain([1], 5))
except TypeError as e:
    print("TypeError", e)
ch = chain("ab", "cd")
next(ch)
print(list(rebuild(ch)), list(ch))
print(chain[int])
deep = iter([0])
for _ in range(100000):
    deep = chain(deep, ())
print(list(deep))
del deep

print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest("ab")))
print(list(zip_longest([1], [2, 3], [], fillvalue=0)))
try:
    zip_longest([1], foo=2)
except TypeError as e:
    print("TypeError", e)
class StopEarly:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(zip_longest([1, 2], StopEarly())))
# a deep nest of chains is read without a C call per level
nest = iter("xy")
for _ in range(150000):
    nest = chain(nest, "")
print(list(nest))
nest = chain([0])
for i in range(1, 2000):
    nest = chain([i], nest) if i % 2 else chain(nest, [i])
print(sum(nest))
