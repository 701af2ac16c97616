def worker():
    try:
        while True:
            try:
                x = yield
                print("work", x)
            except ValueError as e:
                print("recovered from", e)
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
try:
    w.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
print(w.gi_frame)
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
r = returns_on_close()
next(r)
print(r.close())
unstarted = returns_on_close()
unstarted.close()
print("unstarted closed quietly")
try:
    unstarted.throw(TypeError("late"))
except TypeError as e:
    print("throw after close:", e)
fresh = returns_on_close()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("throw before start:", e)
def catches_and_yields():
    try:
        yield 1
    except ZeroDivisionError:
        yield "caught"
c = catches_and_yields()
next(c)
print(c.throw(ZeroDivisionError))
import sys
def tb_gen():
    yield 1
t = tb_gen()
next(t)
try:
    t.throw(ValueError, ValueError("v"), None)
except ValueError as e:
    print("three-arg throw", e)
