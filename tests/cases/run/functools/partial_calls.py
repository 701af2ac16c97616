# functools.partial (native) with functions, methods, classes and the
# embedded functools' partialmethod and wraps.
import functools

class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name, punct="!"):
        return self.greeting + ", " + name + punct

hello = functools.partial(Greeter("Hello").greet, punct="?")
print(hello("Ann"), hello("Bob", punct="."), functools.partial(Greeter, "Hi")().greet("C"))
basetwo = functools.partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__, basetwo.keywords)
print(list(map(functools.partial(pow, 2), range(5))), functools.partial(print, end="|\n")("x"))
nested = functools.partial(functools.partial(functools.partial(max, 1), 5), key=lambda v: -v)
print(nested(3), nested.args, nested.func is max)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
c = Cell()
c.set_alive()
print(c.alive)

def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x):
    "Docs."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4))
p = functools.partial(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=1)
print(p(3, y=2), p(x=9), p(*range(30))[0][-1])
print(repr(functools.partial(Greeter, greeting="yo")).startswith("functools.partial(<class"))
