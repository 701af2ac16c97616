# Cells and free variables: closures, nonlocal, arguments captured.
def outer(a):
    b = 1
    def middle():
        c = b
        def inner():
            nonlocal b
            b = a + c
            return b
        return inner
    return middle

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def shadow(x):
    def f():
        return x
    x = 2
    return f

def deleter():
    v = 1
    def g():
        return v
    del v
    return g
