# with: __enter__/__exit__, suppression, errors for missing methods.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("outer") as o, CM("inner") as i:
    print("body", o, i)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", e)

class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
def use(cm):
    with cm:
        pass
err(lambda: use(NoEnter()))
err(lambda: use(NoExit()))
err(lambda: use(5))
err(lambda: use(None))

class ExitTruthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty"
def f():
    with ExitTruthy():
        raise RuntimeError
    return "suppressed by truthy"
print(f())

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)

class EnterRaises:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never")
err(lambda: use(EnterRaises()))

def returns_in_with():
    with CM("r"):
        return "returned"
print(returns_in_with())

def loop_break():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                break
            continue
loop_break()

class ExitArgs:
    def __enter__(self): pass
    def __exit__(self): pass
err(lambda: use(ExitArgs()))
class InstanceMethods:
    pass
im = InstanceMethods()
im.__enter__ = lambda: None
im.__exit__ = lambda *a: None
err(lambda: use(im))

class BadExitBool:
    def __enter__(self): pass
    def __exit__(self, *a):
        class B:
            def __bool__(self): raise ZeroDivisionError("bool in exit")
        return B()
def g():
    with BadExitBool():
        raise ValueError
err(g)
