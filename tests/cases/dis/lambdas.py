# Lambda expressions: defaults, closures, nested, generators.
f = lambda: 0
g = lambda x, y=1: x + y
h = lambda *a, **k: (a, k)
i = lambda x: lambda y: x + y
j = lambda: (yield)
k = lambda *, kw=2: kw
def make(n):
    return lambda m: n * m
keys = sorted(items, key=lambda it: (it[1], -it[0]))
