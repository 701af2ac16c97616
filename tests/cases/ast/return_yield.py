def f():
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return *a, *b
def j():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    await_ = (yield)
    return (yield from w)
def k():
    yield *a, b
