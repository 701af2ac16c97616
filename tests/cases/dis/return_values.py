# return with constants, expressions, multi-line values, and nothing.
def a():
    return
def b():
    return None
def c():
    return 1
def d(x):
    return x + 1
def e():
    return (
        42
    )
def f(x):
    if x:
        return 1
    else:
        return 2
