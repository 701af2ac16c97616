def f(x):
    return x['a'] + 1

def g(y):
    z = [f(y),
         2]
    return z

def h():
    return g({'a': None})

def k():
    return (1 +
            None)
try:
    h()
except TypeError as e:
    try:
        k()
    except Exception as e2:
        raise ValueError("boom") from e2
