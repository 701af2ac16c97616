def f(): pass
def f(a): pass
def f(a, b): return a
def f(a: int) -> int: pass
def f(a: "str" = "x", *args: int, b: float = 1.0, **kw: dict) -> None: pass
def f(
    a,
    b,
): pass
def f():
    """docstring"""
    def inner():
        pass
    return inner
