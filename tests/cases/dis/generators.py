# Generator functions: yield, yield from, yield as an expression, return.
def simple():
    yield 1
    yield 2

def with_value(n):
    x = yield n
    while x:
        x = yield x * 2
    return x

def delegate(it):
    result = yield from it
    yield result

def bare():
    yield

def closure_gen(n):
    def inner():
        yield n
    return inner
