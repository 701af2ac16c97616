# The with statement: lookup on the type, exception suppression, return values, errors.
def err(f):
    try:
        r = f()
        print("ok", r)
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
with CM("outer"), CM("inner") as i:
    print("both", i)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
def run():
    with CM("n"):
        raise KeyError("propagates")
err(run)

# truthiness of __exit__'s result decides suppression
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return [1]
class Falsy:
    def __enter__(self): return self
    def __exit__(self, *a): return ""
def t1():
    with Truthy(): 1 / 0
    return "suppressed by [1]"
def t2():
    with Falsy(): 1 / 0
err(t1)
err(t2)

# the methods are looked up on the type, not the instance
class Inst: pass
o = Inst()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None
def t3():
    with o: pass
err(t3)
class OnlyEnter:
    def __enter__(self): return 1
class OnlyExit:
    def __exit__(self, *a): pass
def t4():
    with OnlyEnter(): pass
def t5():
    with OnlyExit(): pass
err(t4)
err(t5)
def t6():
    with 5: pass
err(t6)

# __enter__ raising: __exit__ not called
class BadEnter:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("never"); return True
def t7():
    with BadEnter(): print("never body")
err(t7)

# __exit__ raising replaces the body exception, chaining it
class BadExit:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb): raise LookupError("exit failed")
def t8():
    with BadExit(): raise ValueError("body")
try:
    t8()
except LookupError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)

# return/break/continue inside with call __exit__ with None
def t9():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 0: continue
            if i == 1: break
    with CM("ret"):
        return "returned"
print(t9())

# __exit__ receives the exact exception instance and traceback
class Capture:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.got = (et, ev, tb.tb_frame.f_code.co_name if tb else None)
        return True
c = Capture()
def raiser():
    with c:
        raise TypeError("x")
raiser()
print(c.got[0].__name__, c.got[1], c.got[2])

# a generator-based manager from contextlib
import contextlib
@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print("handled in generator")
    finally:
        print("cleanup", tag)
with managed("g") as g:
    print("using", g)
with managed("h"):
    1 / 0
print("end")
