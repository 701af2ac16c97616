import sys
def counter(n):
    i = 0
    while i < n:
        print("state running?", gen.gi_running)
        yield i
        i += 1
gen = counter(2)
print(gen.gi_running, gen.gi_frame.f_lineno, gen.gi_code.co_name, gen.gi_yieldfrom)
print(next(gen))
print(gen.gi_frame.f_locals)
print(list(gen), gen.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
def gen_fn():
    yield
print(type(gen_fn()).__name__, gen_fn.__code__.co_flags & 0x20 != 0)
g = gen_fn()
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__)
try:
    g.__name__ = 5
except TypeError as e:
    print(e)
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
next(o)
print(o.gi_yieldfrom.__name__)
print(iter(o) is o)
