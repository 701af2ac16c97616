e = ValueError("x")
try:
    raise e.with_traceback(None)
except ValueError as err:
    print(err.__traceback__ is not None)
def thrower():
    yield 1
gen = thrower()
next(gen)
try:
    gen.throw(KeyError)
except KeyError as k:
    print("KeyError", repr(k))
g = thrower()
print(list(g), list(g))
try:
    g.send(1)
except StopIteration:
    print("exhausted")
def r():
    try:
        yield 1
    finally:
        return 5
x = r()
next(x)
try:
    next(x)
except StopIteration as s:
    print("value", s.value)
raise KeyError("final") from ValueError("cause")
