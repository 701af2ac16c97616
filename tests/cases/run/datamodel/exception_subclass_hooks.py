# Exception subclasses: __init__/__str__/__repr__ overrides, args, attributes, reduce.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
e = NoSuper(5)
print(e.args, str(e), repr(e), e.code)

class WithSuper(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = WithSuper(3, "boom")
print(e.args, str(e), repr(e), e.code)

class StrOverride(ValueError):
    def __str__(self): return f"custom<{self.args}>"
e = StrOverride(1, 2)
print(str(e), repr(e), e.args)

class ReprOverride(KeyError):
    def __repr__(self): return "ReprOverride!"
print(repr(ReprOverride("k")), str(ReprOverride("k")), str(KeyError("k")), str(KeyError()))

# args assignment and non-tuple args
e = Exception(1, 2)
e.args = [3, 4]
print(e.args, type(e.args).__name__, str(e))
e.args = "ab"
print(e.args, str(e))
err(lambda: setattr(e, "args", 5))
err(lambda: delattr(e, "args"))

# __new__ stores args even when __init__ does not pass them
class NewArgs(Exception):
    def __init__(self, *a): pass
print(NewArgs(1, 2).args, str(NewArgs("x")))

# pickling round-trip uses args
import pickle, copy
e = WithSuper(1, "m")
err(lambda: copy.copy(e))
print(e.__reduce__()[0].__name__, e.__reduce__()[1:])
e3 = copy.copy(StrOverride(1, 2))
print(type(e3).__name__, e3.args)
err(lambda: pickle.loads(pickle.dumps(NoSuper(5))))
class Picklable(Exception):
    def __init__(self, a, b="d"):
        super().__init__(a, b)
        self.a, self.b = a, b
p = pickle.loads(pickle.dumps(Picklable(1, "z")))
print(p.args, p.a, p.b)

# attributes and __dict__
e = Exception("x")
e.extra = 1
print(e.__dict__, vars(e))
e.__traceback__ = None
err(lambda: setattr(e, "__traceback__", 5))
err(lambda: setattr(e, "__cause__", 5))
err(lambda: setattr(e, "__context__", "x"))
e.__cause__ = ValueError()
print(e.__suppress_context__, type(e.__cause__).__name__)

# with_traceback and add_note
e = ValueError("v")
print(e.with_traceback(None) is e)
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
err(lambda: e.add_note(5))
e.__notes__ = "not a list"
err(lambda: e.add_note("x"))

# special exception attributes
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "nf", "f.txt")))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(999, "x")).__name__)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(KeyError("a").args, UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
se = SyntaxError("msg", ("f.py", 1, 2, "x = ", 1, 3))
print(se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
print(AttributeError("m", name="n", obj=1).name, NameError("m", name="q").name, ImportError("m", name="mod", path="p").path)
err(lambda: AttributeError("m", bogus=1))
err(lambda: ImportError("m", bogus=1))

# BaseException subclasses vs Exception
class Quit(BaseException): pass
try:
    try:
        raise Quit("q")
    except Exception:
        print("not caught here")
except BaseException as b:
    print("caught", type(b).__name__, b)
