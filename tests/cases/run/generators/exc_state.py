import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it))
try:
    raise KeyError("outer")
except KeyError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it), sys.exc_info()[0])
def raiser():
    try:
        yield 1
    except Exception as e:
        print("gen caught", type(e).__name__, e.__context__)
        yield 2
r = raiser()
next(r)
try:
    raise TypeError("ctx")
except TypeError:
    print(r.throw(ValueError("thrown")))
def pending():
    try:
        yield "start"
    finally:
        print("finalized at exit")
p = pending()
next(p)
def counter():
    n = 0
    while True:
        got = yield n
        if got == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
print(c.gi_running, c.gi_frame.f_lineno, c.gi_code.co_name)
c.close()
print(c.gi_frame)
def genrec(n):
    if n:
        yield n
        yield from genrec(n - 1)
print(list(genrec(5)))
