try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e, type(e).__name__)
finally:
    print("finally")
def f():
    try:
        raise ValueError("x")
    except ValueError:
        raise KeyError("k")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise TypeError("inner")
    finally:
        print("cleanup")
except TypeError as e:
    print(e)
class MyErr(Exception):
    pass
try:
    raise MyErr("custom")
except Exception as e:
    print(type(e).__name__, e.args)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
def g():
    try:
        return 1
    finally:
        print("g finally")
print(g())
with open if False else __import__("contextlib") if False else None or type("CM", (), {"__enter__": lambda s: print("enter") or s, "__exit__": lambda s, *a: print("exit", a[0]) or False})() as cm:
    print("in with")
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("got VE", e.exceptions)
except* TypeError as e:
    print("got TE", e.exceptions)
x = 5
assert x == 5
try:
    assert x == 6, "bad x"
except AssertionError as e:
    print("assert:", e)
print(undefined_name)
