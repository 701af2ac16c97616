def f(a, /): pass
def f(a, /, b): pass
def f(a, b=1, /, c=2): pass
def f(a=1, /, b=2, *, c, d=3, **e): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(*args, a, b=2): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, b, /, c, d, *e, f, g, **h): pass
def f(*args: *Ts): pass
lambda a, /, b=1, *c, d, e=2, **f: 0
lambda *, a: a
lambda a=1, b=2: a + b
