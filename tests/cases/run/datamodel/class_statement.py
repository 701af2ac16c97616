# Class statements: bodies, names, qualnames, module, docstrings, nesting.
def check(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Empty:
    pass

class Documented:
    """A documented class."""
    x = 1
    def method(self):
        return self.x

print(Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__doc__)
print(Documented.__doc__, Documented.x, Documented().method())
print(Empty.__bases__, Documented.__mro__)

def factory():
    class Inner:
        def m(self):
            pass
    return Inner

I = factory()
print(I.__qualname__, I.m.__qualname__)

class Outer:
    class Nested:
        class Deeper:
            pass
print(Outer.Nested.Deeper.__qualname__)

class WithBody:
    items = [i * 2 for i in range(3)]
    total = sum(items)
    if total > 3:
        big = True
    else:
        big = False
print(WithBody.items, WithBody.total, WithBody.big)

# class body scope does not leak into methods
class Scoped:
    y = 10
    def get(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(Scoped().get())

check(lambda: type("X", (1,), {}))
check(lambda: type("X", (), {}, 1))
check(lambda: type(1, (), {}))
check(lambda: type("X", [], {}))
check(lambda: type("X", (), []))
check(lambda: type())
check(lambda: type("a", "b"))
print(type(3), type("x"), type(type))

class A: pass
class B(A): pass
check(lambda: type("Z", (B, A), {}).__mro__)
check(lambda: type("Z", (A, B), {}))
check(lambda: type("Z", (bool,), {}))
check(lambda: type("Z", (A, A), {}))

class WithQual:
    __qualname__ = "Renamed"
print(WithQual.__qualname__, WithQual.__name__)
check(lambda: setattr(WithQual, "__qualname__", 5))
check(lambda: setattr(WithQual, "__name__", 5))
WithQual.__name__ = "NewName"
print(WithQual.__name__, repr(WithQual).split(".")[-1])
check(lambda: setattr(WithQual, "__name__", "a\0b"))
check(lambda: setattr(int, "__name__", "x"))
check(lambda: setattr(int, "foo", 1))
check(lambda: delattr(A, "nothing"))
