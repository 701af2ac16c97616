def g():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return "done"
it = g()
print(next(it))
print(it.send("a"))
try:
    it.send("b")
except StopIteration as e:
    print("return", e.value)
def sub():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from sub()
    print("sub returned", r)
    yield r
print(list(outer()))
def closer():
    try:
        yield 1
    finally:
        print("closed")
c = closer()
next(c)
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
t = thrower()
next(t)
print(t.throw(ValueError("v")))
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as e:
    print(e, repr(e.__cause__))
gen = (i * i for i in range(4))
print(gen.__name__, list(gen))
import sys
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
