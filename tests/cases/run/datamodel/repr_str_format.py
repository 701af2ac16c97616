# __repr__, __str__, __format__ and the conversions that use them.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly-repr"
class StrOnly:
    def __str__(self): return "StrOnly-str"

for o in (Both(), ReprOnly()):
    print(str(o), repr(o), f"{o}", f"{o!r}", f"{o!s}", "%s %r" % (o, o), [o], (o,), {o: o}, format(o))
print(str(StrOnly()), repr(StrOnly())[:17])
print("{0!r} {0!s} {0}".format(Both()), "{!a}".format("é"), ascii(Both()), ascii("ü"), repr("é"))

class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt()), format(Fmt(), "x>10"), f"{Fmt():abc}", f"{Fmt()!s:>3}"[:5], "{:q}".format(Fmt()))
nested = 5
print(f"{Fmt():{nested}d}", f"{3.14159:.{nested - 2}f}", f"{'s':{'>'}{nested}}")
err(lambda: format(object(), "d"))
err(lambda: format(Both(), "d"))
err(lambda: format(1, "q"))
err(lambda: format("s", "d"))
err(lambda: format(1.5, "d"))
err(lambda: format([], "x"))
err(lambda: format(1, 5))
class FmtReturnsInt:
    def __format__(self, spec): return 1
err(lambda: format(FmtReturnsInt()))
err(lambda: f"{FmtReturnsInt()}")
class ReprRaises:
    def __repr__(self): raise RuntimeError("repr failed")
err(lambda: repr(ReprRaises()))
err(lambda: str(ReprRaises()))
err(lambda: [ReprRaises()].__repr__())
class ReprNonStr:
    def __repr__(self): return 42
err(lambda: repr(ReprNonStr()))
err(lambda: f"{ReprNonStr()!r}")

class Recursive:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"R({self.items})"
err(lambda: len(repr(Recursive())) > 0)
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d, repr((l,)))

class S(str): pass
class ReprSub:
    def __repr__(self): return S("sub repr")
print(type(repr(ReprSub())).__name__, repr(ReprSub()))
print(object.__format__(Both(), ""), object.__repr__(Both())[:20], object.__str__(ReprOnly()))
err(lambda: object.__format__(Both(), "x"))
err(lambda: object.__format__(Both(), 1))
print(format(3, ""), format(True, ""), format(True, "d"), format(2.0, ""), format(2j, ""), format(None, ""))
print(repr(1e16), repr(1.0), str(-0.0), repr(1e-5), repr(float("inf")), repr(complex(1, -0.0)))
