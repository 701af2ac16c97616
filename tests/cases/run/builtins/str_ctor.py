# str(): object conversions, decoding bytes-like objects with encoding/errors, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

t("no args", lambda: str())
t("int", lambda: str(42))
t("float", lambda: str(1.5e300))
t("list", lambda: str([1, "a"]))
t("bytes no enc", lambda: str(b"abc"))
t("bytes enc", lambda: str(b"caf\xc3\xa9", "utf-8"))
t("bytes errors only", lambda: str(b"\xff", errors="replace"))
t("bytes strict", lambda: str(b"\xff", "utf-8"))
t("bytes ignore", lambda: str(b"a\xffb", "ascii", "ignore"))
t("bytearray", lambda: str(bytearray(b"ba"), "latin-1"))
t("memoryview", lambda: str(memoryview(b"mv"), "utf-8"))
t("str with enc", lambda: str("abc", "utf-8"))
t("int with enc", lambda: str(5, "utf-8"))
t("kw object", lambda: str(object="kw"))
t("kw all", lambda: str(object=b"x", encoding="ascii", errors="strict"))
t("bad kw", lambda: str(obj=1))
t("too many", lambda: str(b"", "a", "b", "c"))
t("enc not str", lambda: str(b"", 5))
t("unknown enc", lambda: str(b"", "nope"))
t("utf-16", lambda: str("hi".encode("utf-16"), "utf-16"))
t("surrogateescape", lambda: ascii(str(b"\xff", "utf-8", "surrogateescape")))
class S:
    def __str__(self):
        return "from __str__"
class R:
    def __repr__(self):
        return "from __repr__"
class Bad:
    def __str__(self):
        return 1
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
t("__str__", lambda: str(S()))
t("falls back to repr", lambda: str(R()))
t("bad __str__", lambda: str(Bad()))
t("__str__ subclass result", lambda: (str(ReturnsSub()), type(str(ReturnsSub())).__name__))
t("subclass ctor", lambda: (StrSub(5), type(StrSub(5)).__name__))
t("subclass identity", lambda: (lambda s: str(s) is s)("abc"))
t("str of subclass", lambda: type(str(StrSub("x"))).__name__)
t("type", lambda: str(int))
t("none", lambda: str(None))
t("bool", lambda: (str(True), str(False)))
t("nested containers", lambda: str({"k": [1.0, (None,)]}))
t("recursive", lambda: (lambda l: (l.append(l), str(l))[1])([]))
t("str of str subclass with __str__", lambda: str(type("T", (str,), {"__str__": lambda s: "custom"})("v")))
t("bytes warn free", lambda: str(bytearray(b"q")))
