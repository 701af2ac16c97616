# __repr__, __str__, __format__, __bytes__: result type checks and fallbacks.
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class StrInt:
    def __str__(self): return 5
class ReprNone:
    def __repr__(self): return None
class StrSub:
    class S(str): pass
    def __str__(self): return StrSub.S("substr")
class ReprBytes:
    def __repr__(self): return b"bytes"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class FormatInt:
    def __format__(self, spec): return 42
class FormatEcho:
    def __format__(self, spec): return "spec=" + spec
class BytesStr:
    def __bytes__(self): return "not bytes"
class BytesOk:
    def __bytes__(self): return b"ok"
class BytesBA:
    def __bytes__(self): return bytearray(b"ba")

err(lambda: str(StrInt()))
err(lambda: f"{StrInt()}")
err(lambda: "%s" % StrInt())
err(lambda: print(StrInt()))
err(lambda: repr(ReprNone()))
err(lambda: str(ReprNone()))
err(lambda: f"{ReprNone()!r}")
err(lambda: [ReprNone()].__repr__())
err(lambda: type(str(StrSub())).__name__)
err(lambda: type(f"{StrSub()}").__name__)
err(lambda: repr(ReprBytes()))
err(lambda: str(OnlyRepr()))
err(lambda: format(OnlyRepr()))
err(lambda: format(OnlyRepr(), ""))
err(lambda: format(OnlyRepr(), "10"))
err(lambda: f"{OnlyRepr():>5}")
err(lambda: format(FormatInt()))
err(lambda: f"{FormatInt()}")
err(lambda: format(FormatEcho(), "xyz"))
err(lambda: f"{FormatEcho():abc{1+1}}")
err(lambda: "{:q}".format(FormatEcho()))
err(lambda: "{0!s:>4}".format(FormatEcho()))
err(lambda: format(1, 2))
err(lambda: format(object(), 5))
err(lambda: bytes(BytesStr()))
err(lambda: bytes(BytesOk()))
err(lambda: bytes(BytesBA()))
err(lambda: bytes(OnlyRepr()))
err(lambda: str(b"x", "ascii", "strict", 1))
err(lambda: str(BytesOk(), "ascii"))
err(lambda: ascii(OnlyRepr()))
err(lambda: ascii(StrSub()))

# object.__format__ with non-empty spec
class Plain: pass
err(lambda: format(Plain(), "x"))
err(lambda: format(Plain(), ""))
err(lambda: object.__format__(Plain(), 1))

# str() of a str subclass with __str__ overridden, and repr of containers
class Loud(str):
    def __str__(self): return "LOUD"
    def __repr__(self): return "Loud!"
l = Loud("quiet")
print(str(l), repr(l), f"{l}", "%s" % l, [l], "{}".format(l), format(l), l + "")
class NumStr(int):
    def __str__(self): return "int-str"
    def __repr__(self): return "int-repr"
n = NumStr(7)
print(str(n), repr(n), f"{n}", "%s %d %r" % (n, n, n), format(n), [n], f"{n:d}")

# __repr__ recursion is guarded only for builtin containers
l2 = [1]
l2.append(l2)
d = {"k": None}
d["k"] = d
print(l2, d)
class Rec:
    def __repr__(self): return "Rec(" + repr(self.inner) + ")"
r = Rec()
r.inner = [r]
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
err(lambda: repr(r))
sys.setrecursionlimit(old)

# __str__ falls back to __repr__ of the subclass
class Base:
    def __repr__(self): return "Base-repr"
class Derived(Base): pass
print(str(Derived()), "%s" % Derived(), f"{Derived()}")
