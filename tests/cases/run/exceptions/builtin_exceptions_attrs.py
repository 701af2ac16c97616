e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
print(str(OSError("just msg")), OSError(1, 2, 3, 4, 5).args)
k = KeyError("key")
print(str(k), repr(k), str(KeyError()), str(KeyError(1, 2)))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u, u.start, u.end, u.reason, u.object)
s = StopIteration(7)
print(s.value, StopIteration().value)
x = SystemExit(3)
print(x.code, SystemExit().code, SystemExit(1, 2).code)
n = NameError("n", name="foo")
print(n.name, AttributeError("a", name="b", obj=5).obj)
i = ImportError("msg", name="mod", path="/p")
print(i.name, i.path, i.msg)
print(BaseException().args, BaseException(1).args, str(BaseException(1, 2)))
print(repr(ValueError()), repr(ValueError("a", 2)))
e = Exception("with notes")
e.add_note("note 1")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(BaseException.__new__(ValueError).args)
ex = ValueError(1)
ex.args = (5, 6)
print(ex, ex.with_traceback(None) is ex)
print(SyntaxError("m", ("f.py", 1, 2, "text", 1, 3)).lineno)
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Custom(1, 2)
print(c.args, c.b, str(c))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr()), repr(WithStr(1)))
