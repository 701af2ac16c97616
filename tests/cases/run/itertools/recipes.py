# The recipes of the itertools documentation, built from the native types.
from itertools import *
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def tabulate(function, start=0):
    return map(function, count(start))

def consume(iterator, n=None):
    if n is None:
        from collections import deque
        deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def sliding_window(iterable, n):
    from collections import deque
    it = iter(iterable)
    window = deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))

print(take(5, tabulate(lambda x: x * x)))
it = iter(range(10))
consume(it, 3)
print(next(it))
it = iter(range(10))
consume(it)
print(list(it), nth(range(10), 3), nth("ab", 5, "none"))
print(all_equal("aaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 2, 0]), list(ncycles("ab", 3)))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBCcAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBCcAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)), dotproduct([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], [3]])))
print(take(3, repeatfunc(lambda: "r")), list(repeatfunc(pow, 2, 2, 3)))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)), list(accumulate(repeat(2, 5), lambda a, _: a * 2)))
print(list(starmap(operator.add, zip(count(), "abc"[::-1] and range(3)))), sum(1 for _ in product(range(4), repeat=4)))
print(list(compress(count(), cycle([1, 0, 0]))) if False else take(4, compress(count(), cycle([1, 0, 0]))))
