def documented(a: int, b: "str" = "x", *args, c: float = 1.0, **kw) -> bool:
    "Says what it does."
    return True
f = documented
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__)
print(f.__globals__ is globals(), f.__closure__, f.__dict__, type(f.__code__).__name__)
f.__doc__ = "changed"
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
print(f.__doc__, f.__name__, f.__qualname__, repr(f).split(" at ")[0])
for attr, val in [("__name__", 1), ("__qualname__", None), ("__defaults__", 3), ("__kwdefaults__", [1]),
                  ("__annotations__", 5), ("__code__", None), ("__dict__", [])]:
    try:
        setattr(f, attr, val)
        print("set", attr)
    except TypeError as e:
        print(attr, "->", e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print(e)
try:
    f.__closure__ = ()
except AttributeError as e:
    print(e)
try:
    del f.__name__
except TypeError as e:
    print(e)
del f.__doc__
print(f.__doc__)
f.__annotations__ = {"x": 1}
del f.__annotations__
print(f.__annotations__)
def plain():
    pass
print(plain.__doc__, plain.__defaults__, plain.__kwdefaults__, plain.__annotations__)
f.__dict__ = {"extra": 1}
print(f.extra)
def swap_a(): return "a"
def swap_b(): return "b"
swap_a.__code__ = swap_b.__code__
print(swap_a())
def with_free():
    x = 1
    return lambda: x
try:
    plain.__code__ = with_free().__code__
except ValueError as e:
    print(e)
print(sorted(k for k in dir(plain) if not k.startswith("__") or k in ("__call__", "__get__")))
print(plain.__builtins__ is __builtins__.__dict__ if not isinstance(__builtins__, dict) else plain.__builtins__ is __builtins__)
