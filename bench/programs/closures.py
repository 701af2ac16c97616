"""Closures and higher-order functions: counters with nonlocal state,
function composition, partial application, a memoizing decorator, lambdas
passed to map/filter/sorted, and callbacks collected in lists."""

N = 1000000  # size; test size: 800


def make_counter(start, step):
    value = start

    def tick():
        nonlocal value
        value += step
        return value

    return tick


def compose(f, g):
    return lambda x: f(g(x))


def partial(func, *bound):
    def call(*rest):
        return func(*bound, *rest)
    return call


def memoize(func):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        result = func(n)
        cache[n] = result
        return result

    wrapper.cache = cache
    return wrapper


@memoize
def partitions(n):
    # the number of ways to write n as a sum of positive parts, modulo a
    # prime; the decorator's closure remembers every answer
    ways = [1] + [0] * n
    for part in range(1, n + 1):
        for total in range(part, n + 1):
            ways[total] += ways[total - part]
    return ways[n] % 1000003


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def total():
        return sum(items)

    return add, total


def pipeline(*stages):
    def run(x):
        for stage in stages:
            x = stage(x)
        return x
    return run


def main():
    counters = [make_counter(i, i % 5 + 1) for i in range(16)]
    ticks = 0
    for i in range(N):
        ticks += counters[i % 16]()
    print("counters:", ticks)

    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    sq = lambda x: x * x % 10007
    f = compose(sq, compose(dbl, inc))
    g = pipeline(inc, dbl, sq, partial(lambda a, b, c: (a * b + c) % 65521, 3, 5))
    acc = 0
    for i in range(N):
        acc = (acc + f(i) + g(i)) % 1000000007
    print("composed:", acc)

    add, total = make_accumulator()
    for i in range(N):
        if i % 3:
            add(i)
    print("accumulated:", total())

    evens = list(filter(lambda v: v % 2 == 0, map(lambda v: v * 3 + 1, range(N))))
    ordered = sorted(evens[:200], key=lambda v: (v % 7, -v))
    print("mapped:", len(evens), ordered[0], ordered[-1])

    callbacks = []
    for i in range(50):
        callbacks.append(lambda x, k=i: x * k + k)
    s = 0
    for j in range(N // 50):
        for cb in callbacks:
            s += cb(j)
    print("callbacks:", s)

    p = 0
    for n in range(N // 1000 + 20):
        p = (p + partitions(n % 60 + 1)) % 1000003
    print("partitions:", p, len(partitions.cache))


main()
