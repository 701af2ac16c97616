# Exception subclasses: args, __str__, __repr__, __init__ without super, attributes.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    raise AppError(404, "missing")
except AppError as e:
    print(e, repr(e), e.args, e.code, type(e).__mro__[1].__name__)

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, str(e), repr(e))

class NoArgs(Exception): pass
print(repr(NoArgs()), str(NoArgs()), repr(NoArgs(1)), str(NoArgs(1, 2)), repr(NoArgs("x")))

class KeyErr(KeyError): pass
print(str(KeyErr("k")), str(KeyError("a", "b")), str(KeyError()))
print(isinstance(KeyErr(), LookupError))

class WithNew(ValueError):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.extra = "set in new"
        return inst
w = WithNew("v")
print(w.extra, w.args)
e = Exception("a", 1)
e.args = ["list", 2]
print(e.args, type(e.args).__name__, str(e))
try:
    del e.args
except TypeError as exc:
    print("TypeError:", exc)
e.__traceback__ = None
try:
    e.__traceback__ = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    e.__cause__ = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    e.__context__ = "x"
except TypeError as exc:
    print("TypeError:", exc)
try:
    raise 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    raise int
except TypeError as exc:
    print("TypeError:", exc)
try:
    raise ValueError from 5
except TypeError as exc:
    print("TypeError:", exc)
class NotExc: pass
try:
    try:
        pass
    finally:
        raise NotExc
except TypeError as exc:
    print("TypeError:", exc)
try:
    try:
        raise ValueError("x")
    except NotExc:
        pass
except TypeError as exc:
    print("TypeError:", exc)
class OS(OSError): pass
o = OS(2, "No such file")
print(o.errno, o.strerror, str(o), type(o).__name__)
print(type(OSError(2, "x")).__name__, type(OS(2, "x")).__name__)
class Ex(Exception):
    def __repr__(self): return "Ex repr"
try:
    raise Ex("m")
except Exception as exc:
    print(repr(exc), str(exc))
print(BaseException.__new__(ValueError).args, Exception.__init__.__name__)
ee = ValueError("x")
ee.add_note("note 1")
print(ee.__notes__)
try:
    ee.add_note(1)
except TypeError as exc:
    print("TypeError:", exc)
print(ee.with_traceback(None) is ee)
try:
    ee.with_traceback(1)
except TypeError as exc:
    print("TypeError:", exc)
print(StopIteration(5).value, SystemExit(3).code, KeyboardInterrupt.__mro__[1].__name__)

# what each built-in exception class defines itself
import builtins
for n, t in sorted(vars(builtins).items()):
    if isinstance(t, type) and issubclass(t, BaseException):
        d = vars(t)
        print(n, sorted(d), t.__init__ is BaseException.__init__, t.__new__ is BaseException.__new__)
print(ValueError.__init__, ValueError.__init__.__text_signature__, ValueError.__new__.__text_signature__)
try:
    ValueError.__init__(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    ValueError.__new__(int)
except TypeError as exc:
    print("TypeError:", exc)
try:
    ValueError.__new__(KeyError, 1)
except TypeError as exc:
    print("TypeError:", exc)
print(ValueError.__new__(UnicodeError, 1).args, type(Exception.__new__(KeyError)).__name__)
class Mine(ValueError):
    def __init__(self, a, b):
        super().__init__(a + b)
print(Mine(1, 2).args, str(AttributeError("attr")), str(NameError("nm")))
