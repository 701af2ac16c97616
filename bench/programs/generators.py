"""Generators: generator functions chained into pipelines, yield from over
a recursive structure, generator expressions consumed by built-ins, send()
into a running generator and early close()."""

N = 360000  # size; test size: 600


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def take(count, source):
    for _ in range(count):
        yield next(source)


def primes():
    # incremental sieve: a dict maps each upcoming composite number to a
    # prime factor of it, moved forward once the composite is passed
    composites = {}
    for n in naturals(2):
        factor = composites.pop(n, None)
        if factor is None:
            composites[n * n] = n
            yield n
        else:
            m = n + factor
            while m in composites:
                m += factor
            composites[m] = factor


def pairwise_gaps(source):
    prev = next(source)
    for value in source:
        yield value - prev
        prev = value


def walk(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from walk(child)
    else:
        yield tree


def nested(depth, width, seed):
    if depth == 0:
        return seed
    return [nested(depth - 1, width, seed * width + i) for i in range(width)]


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total // count


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    ps = list(take(N // 8, primes()))
    print("primes:", len(ps), ps[-1], sum(ps) % 1000003)

    gaps = pairwise_gaps(iter(ps))
    print("largest gap:", max(gaps))

    tree = nested(6, 5, 1)
    rounds = N // 4000 + 1
    leaves = 0
    for _ in range(rounds):
        leaves += sum(1 for leaf in walk(tree) if leaf % 3 == 0)
    print("tree leaves:", leaves)

    squares = (i * i for i in range(N * 10))
    odd = (s for s in squares if s & 1)
    print("odd squares:", sum(odd) % 1000000007)

    averager = running_mean()
    next(averager)
    last = 0
    for i in range(N * 5):
        last = averager.send(i * 3 % 101)
    averager.close()
    print("running mean:", last)

    count = 0
    for i, f in enumerate(fib_gen()):
        if f > 10 ** 60:
            count = i
            break
    zipped = sum(a * b for a, b in zip(naturals(1), range(N, 0, -1)))
    print("fib index:", count, "zipped:", zipped)


main()
