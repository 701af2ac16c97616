# bytes() and bytearray() constructors: every argument form and its errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for ctor in (bytes, bytearray):
    n = ctor.__name__
    t(n + " empty", lambda: ctor())
    t(n + " int", lambda: ctor(3))
    t(n + " zero", lambda: ctor(0))
    t(n + " list", lambda: ctor([65, 66, 255]))
    t(n + " tuple", lambda: ctor((0, 1)))
    t(n + " gen", lambda: ctor(x for x in range(97, 100)))
    t(n + " str enc", lambda: ctor("h\xe9", "utf-8"))
    t(n + " str latin1", lambda: ctor("h\xe9", encoding="latin-1"))
    t(n + " str errors", lambda: ctor("h\xe9", "ascii", "replace"))
    t(n + " str errors kw", lambda: ctor("h\xe9", "ascii", errors="ignore"))
    t(n + " str strict", lambda: ctor("h\xe9", "ascii"))
    t(n + " from bytes", lambda: ctor(b"abc"))
    t(n + " from bytearray", lambda: ctor(bytearray(b"xy")))
    t(n + " from memoryview", lambda: ctor(memoryview(b"mv")))
    t(n + " negative", lambda: ctor(-1))
    t(n + " str no enc", lambda: ctor("abc"))
    t(n + " enc no str", lambda: ctor(b"abc", "utf-8"))
    t(n + " errors no str", lambda: ctor(5, errors="strict"))
    t(n + " int with enc", lambda: ctor(5, "utf-8"))
    t(n + " float", lambda: ctor(1.5))
    t(n + " none", lambda: ctor(None))
    t(n + " out of range", lambda: ctor([256]))
    t(n + " negative item", lambda: ctor([-1]))
    t(n + " non-int item", lambda: ctor(["a"]))
    t(n + " bad encoding", lambda: ctor("x", "no-such-codec"))
    t(n + " enc not str", lambda: ctor("x", 5))
    t(n + " too many", lambda: ctor("x", "utf-8", "strict", 1))
    t(n + " bad kw", lambda: ctor(source=b"x"))
    t(n + " huge", lambda: ctor(2**70))

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class Idx:
    def __index__(self):
        return 2
t("bytes __bytes__", lambda: bytes(WithBytes()))
t("bytearray ignores __bytes__", lambda: bytearray(WithBytes()))
t("bytes bad __bytes__", lambda: bytes(BadBytes()))
t("bytes index", lambda: bytes(Idx()))
t("bytearray index", lambda: bytearray(Idx()))
class BSub(bytes):
    pass
t("bytes subclass", lambda: (BSub(b"q"), type(BSub(b"q")).__name__))
t("bytes fromhex", lambda: bytes.fromhex("41 42 ff"))
t("bytes fromhex bad", lambda: bytes.fromhex("4g"))
t("bytearray fromhex", lambda: bytearray.fromhex("0a0b"))
t("bytes is bytes", lambda: bytes(b"x") is bytes(b"x"))
