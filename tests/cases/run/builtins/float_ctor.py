# float(): strings, numbers, __float__/__index__, special values, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for s in ["1", "  -2.5  ", "1e3", "1E-3", ".5", "5.", "inf", "-Infinity", "nan", "+NaN", "1_000.5",
          "1__0", "_1", "0x10", "", " ", "1e", "1.2.3", "\u0661\u0662", "\u00a012\u2003", "infinityx",
          "1e500", "-1e500", "1e-500", "0.1", "3.141592653589793238"]:
    t("str %r" % s, lambda s=s: float(s))
t("no args", lambda: float())
t("int", lambda: float(7))
t("huge int", lambda: float(10**400))
t("bool", lambda: float(True))
t("bytes", lambda: float(b"1.5"))
t("bytearray", lambda: float(bytearray(b"2.5")))
t("bytes bad", lambda: float(b"x"))
t("memoryview", lambda: float(memoryview(b"3.5")))
t("none", lambda: float(None))
t("list", lambda: float([1]))
t("complex", lambda: float(1j))
t("kw", lambda: float(x="1"))
t("two args", lambda: float("1", "2"))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class BadF:
    def __float__(self):
        return "no"
class FSub(float):
    pass
class ReturnsSub:
    def __float__(self):
        return FSub(1.5)
t("__float__", lambda: float(F()))
t("__index__", lambda: float(I()))
t("bad __float__", lambda: float(BadF()))
t("__float__ subclass result", lambda: type(float(ReturnsSub())).__name__)
t("subclass ctor", lambda: (FSub("2"), type(FSub("2")).__name__))
t("fromhex", lambda: float.fromhex("0x1.8p1"))
t("fromhex bad", lambda: float.fromhex("zz"))
t("hex", lambda: (1.5).hex())
t("as_integer_ratio", lambda: (0.75).as_integer_ratio())
t("as_integer_ratio inf", lambda: float("inf").as_integer_ratio())
t("is_integer", lambda: ((2.0).is_integer(), (2.5).is_integer()))
t("repr", lambda: [repr(x) for x in (1e16, 1e-5, 1e-4, 0.1 + 0.2, 1e22, 123456789012345678.0, -0.0)])
t("str nan sign", lambda: str(float("-nan")))
t("getformat", lambda: float.__getformat__("double"))
t("int of inf", lambda: int(float("inf")))
t("int of nan", lambda: int(float("nan")))
