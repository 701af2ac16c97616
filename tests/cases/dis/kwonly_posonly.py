# Positional-only and keyword-only parameters, with defaults.
def f(a, b=2, /, c=3, *, d, e=5, **rest):
    return a, b, c, d, e, rest
def g(a, /):
    return a
def h(*, a=1, b):
    return a, b
lam = lambda a, /, b, *, c: (a, b, c)
