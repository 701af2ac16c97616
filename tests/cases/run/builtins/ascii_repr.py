# ascii() and repr(): escapes, custom __repr__, recursion and errors.
def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

samples = ["plain", "caf\u00e9", "\u20ac", "\U0001f600", "tab\tnl\n", "quote'", 'dq"', "both'\"",
           "\x00\x7f\x80\xff", "\u0100\ud800", b"bytes\xff", 1.5, None, [1, "\xe9"], {"\xe9": "\u4e2d"},
           ("\U00010000",), frozenset(), set(), {1}, 10**20, -0.0, 1e100, float("nan")]
for s in samples:
    print(repr(s), ascii(s))

class R:
    def __repr__(self):
        return "R<\xe9\u20ac>"
print(repr(R()), ascii(R()), str(R()))

class BadRepr:
    def __repr__(self):
        return 42
class RaisingRepr:
    def __repr__(self):
        raise ValueError("no repr")
t("repr non-str", lambda: repr(BadRepr()))
t("ascii non-str", lambda: ascii(BadRepr()))
t("repr raising", lambda: repr(RaisingRepr()))
t("repr in list", lambda: repr([RaisingRepr()]))
t("repr no args", lambda: repr())
t("ascii two args", lambda: ascii(1, 2))
t("repr kw", lambda: repr(obj=1))

class StrSub(str):
    pass
class ReprSub:
    def __repr__(self):
        return StrSub("sub")
t("repr str subclass result", lambda: (repr(ReprSub()), type(repr(ReprSub())).__name__))

l = [1]
l.append(l)
d = {}
d["self"] = d
print(repr(l), ascii(l), repr(d))
print(repr(str), repr(len), repr(int.__add__)[:30])
print(ascii("\u2028"), repr("\u2028"), repr("\x1b"), ascii("\x1b"))
