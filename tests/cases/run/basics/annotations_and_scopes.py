x: int = 5
y: "str"
print(__annotations__)
class A:
    a: int = 1
    b: list
print(A.__annotations__)
def f(a: int, b: str = "x") -> bool: pass
print(f.__annotations__)
def outer():
    v = "enclosed"
    class Inner:
        w = v
        def get(self): return v
    return Inner
I = outer()
print(I.w, I().get())
def deleter():
    c = 1
    def inner(): return c
    del c
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleter()
try:
    raise ExceptionGroup("g", [ValueError(1), KeyError(2), TypeError(3)])
except* ValueError:
    print("VE")
except* KeyError:
    raise
except* TypeError as te:
    print("TE", te.exceptions)
