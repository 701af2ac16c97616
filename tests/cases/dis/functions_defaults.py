# Functions with defaults, keyword-only and positional-only parameters.
def f0():
    pass

def f1(a, b=1, c=2):
    return a + b + c

def f2(a, *args, b, c=3, **kwargs):
    return a, args, b, c, kwargs

def f3(a, b, /, c, *, d=4):
    return a, b, c, d

def f4(*, only):
    return only

def f5(a=[], b={}, c=(1, 2), d=None):
    return a

def f6(a=x, b=y + 1, *, c=z):
    return a
