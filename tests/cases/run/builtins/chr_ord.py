# chr() and ord(): ranges, surrogates, bytes, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for c in [0, 9, 65, 127, 128, 255, 256, 0x20ac, 0xd800, 0xdfff, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    s = chr(c)
    print(c, ascii(s), ord(s), len(s))
class Idx:
    def __index__(self):
        return 97
t("chr index", lambda: chr(Idx()))
t("chr True", lambda: chr(True))
t("chr negative", lambda: chr(-1))
t("chr too big", lambda: chr(0x110000))
t("chr huge", lambda: chr(2**64))
t("chr float", lambda: chr(65.0))
t("chr str", lambda: chr("A"))
t("chr no args", lambda: chr())
t("chr kw", lambda: chr(i=65))
t("ord str", lambda: ord("A"))
t("ord bytes", lambda: ord(b"A"))
t("ord bytearray", lambda: ord(bytearray(b"\xff")))
t("ord empty", lambda: ord(""))
t("ord two", lambda: ord("ab"))
t("ord bytes two", lambda: ord(b"ab"))
t("ord bytearray empty", lambda: ord(bytearray()))
t("ord int", lambda: ord(65))
t("ord list", lambda: ord(["a"]))
t("ord memoryview", lambda: ord(memoryview(b"a")))
t("ord no args", lambda: ord())
t("ord kw", lambda: ord(c="a"))
class S(str):
    pass
t("ord str subclass", lambda: ord(S("z")))
t("ord astral", lambda: ord("\U0010ffff"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "\u00e9\u4e2d\U0001f600"])
