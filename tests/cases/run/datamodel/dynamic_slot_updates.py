# Assigning and deleting special methods on classes after creation updates behaviour,
# including in subclasses.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Base: pass
class Child(Base): pass
class Grandchild(Child): pass
b, c, g = Base(), Child(), Grandchild()

err(lambda: b + 1)
Base.__add__ = lambda self, o: ("Base.add", o)
print(b + 1, c + 2, g + 3)
Child.__add__ = lambda self, o: ("Child.add", o)
print(b + 1, c + 2, g + 3)
del Child.__add__
print(c + 2, g + 3)
del Base.__add__
err(lambda: g + 3)

err(lambda: len(c))
Base.__len__ = lambda self: 7
print(len(b), len(c), len(g), bool(g))
Base.__bool__ = lambda self: False
print(bool(g))
del Base.__bool__
print(bool(g))
Base.__len__ = lambda self: 0
print(bool(g))
del Base.__len__

Base.__getitem__ = lambda self, k: ("item", k)
print(c[1], g["k"], list(zip(range(2), g)))
Base.__iter__ = lambda self: iter("ab")
print(list(c), "a" in c)
Base.__contains__ = lambda self, x: x == "z"
print("z" in c, "a" in c)
del Base.__iter__, Base.__getitem__, Base.__contains__
err(lambda: list(c))

Base.__call__ = lambda self, *a: ("called", a)
print(g(1, 2), callable(g))
del Base.__call__
print(callable(g))

Base.__eq__ = lambda self, o: True
print(b == 1, c == "x", c != 1)
print(Base.__hash__)
err(lambda: type(hash(b)).__name__)
del Base.__eq__
print(b == 1, type(hash(b)).__name__)

Base.__repr__ = lambda self: "<custom repr>"
print(repr(g), str(g), f"{g}")
Child.__str__ = lambda self: "child str"
print(str(g), str(b))
del Base.__repr__, Child.__str__

Base.__getattr__ = lambda self, n: "dynamic " + n
print(g.anything)
del Base.__getattr__
err(lambda: g.anything)

Base.__neg__ = lambda self: "neg"
Base.__index__ = lambda self: 2
print(-c, [10, 20, 30][g], bin(g), "abc"[c])
Base.__iadd__ = lambda self, o: "iadd"
x = g
x += 1
print(x)

# setting to None disables the operation
Base.__iter__ = None
err(lambda: iter(g))
Base.__hash__ = None
err(lambda: hash(g))

# assigning a non-callable special method
Base.__len__ = 5
err(lambda: len(g))
Base.__add__ = "not callable"
err(lambda: g + 1)

# builtin types cannot be changed
err(lambda: setattr(int, "__add__", None))
err(lambda: setattr(list, "__len__", None))
err(lambda: delattr(object, "__repr__"))
