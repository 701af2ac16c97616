def inner():
    received = yield "i1"
    print("inner got", received)
    yield "i2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "o1"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
def from_iterables():
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    r = yield from []
    print("empty returns", r)
print(list(from_iterables()))
def delegating_throw():
    try:
        yield from catcher()
    except KeyError:
        print("outer saw KeyError")
def catcher():
    try:
        yield 1
    except ValueError:
        print("inner handled ValueError")
        yield 2
d = delegating_throw()
next(d)
print(d.throw(ValueError))
try:
    d.throw(KeyError)
except StopIteration:
    print("stopped after KeyError")
def close_propagates():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")
def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally")
cp = close_propagates()
next(cp)
cp.close()
def bad_yield_from():
    yield from 5
try:
    list(bad_yield_from())
except TypeError as e:
    print(e)
