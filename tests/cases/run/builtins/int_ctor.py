# int(): bases, strings, __int__/__index__/__trunc__, and the constructor's errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for args in [("10",), (" -10 ",), ("+7",), ("1_000",), ("0x1f", 16), ("0x1f", 0), ("1f", 16), ("z", 36),
             ("0b101", 0), ("0o17", 0), ("017", 0), ("0", 0), ("00", 0), ("10", 2), ("\u0663\u0664",),
             ("1__0",), ("_1",), ("1_",), ("",), ("1.5",), ("0x", 16), ("12", 37), ("12", 1), ("12", -1),
             (b"42",), (bytearray(b"43"),), (b"ff", 16), ("9" * 50,), ("1e3",), ("\u00a012",), ("1 2",)]:
    t("int%r" % (args,), lambda a=args: int(*a))
t("no args", lambda: int())
t("float", lambda: int(-3.9))
t("float huge", lambda: int(1e20))
t("float inf", lambda: int(float("-inf")))
t("float nan", lambda: int(float("nan")))
t("bool", lambda: int(True))
t("base with non-str", lambda: int(5, 10))
t("base with float", lambda: int(5.0, base=10))
t("base kw", lambda: int("11", base=3))
t("x kw", lambda: int(x="5"))
t("base only", lambda: int(base=10))
t("bad base type", lambda: int("1", "2"))
t("base index", lambda: int("11", True))
t("none", lambda: int(None))
t("list", lambda: int([1]))
t("complex", lambda: int(1j))
t("memoryview", lambda: int(memoryview(b"12")))
t("three args", lambda: int("1", 10, 1))
class I:
    def __int__(self):
        return 8
class X:
    def __index__(self):
        return 9
class T:
    def __trunc__(self):
        return 10
class TruncBad:
    def __trunc__(self):
        return "no"
class TruncIndex:
    def __trunc__(self):
        return X()
class BadInt:
    def __int__(self):
        return 1.5
class BoolInt:
    def __int__(self):
        return True
t("__int__", lambda: int(I()))
t("__index__", lambda: int(X()))
t("__trunc__", lambda: int(T()))
t("__trunc__ bad", lambda: int(TruncBad()))
t("__trunc__ index", lambda: int(TruncIndex()))
t("bad __int__", lambda: int(BadInt()))
t("__int__ returns bool", lambda: type(int(BoolInt())).__name__)
class IS(int):
    pass
t("subclass", lambda: (IS("12", 8), type(IS(1)).__name__))
t("long str error", lambda: int("x" * 300))
t("max str digits", lambda: len(str(int("9" * 4300))))
t("too many digits", lambda: int("9" * 4301))
import sys
print(sys.get_int_max_str_digits())
t("bit_length", lambda: (0).bit_length() + (255).bit_length() + (-2**64).bit_length())
t("to_bytes", lambda: (1024).to_bytes(2, "big"))
t("from_bytes", lambda: int.from_bytes(b"\x01\x00", "little", signed=True))
