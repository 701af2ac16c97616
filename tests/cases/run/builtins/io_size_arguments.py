# Size and buffer arguments of file methods: None, floats, strings, read-only buffers; messages as CPython's.
import io
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

makers = [("BytesIO", lambda: io.BytesIO(b"ab\ncd")),
          ("BufferedReader", lambda: io.BufferedReader(io.BytesIO(b"ab\ncd"))),
          ("StringIO", lambda: io.StringIO("ab\ncd")),
          ("TextIOWrapper", lambda: io.TextIOWrapper(io.BytesIO(b"ab\ncd")))]
for name, mk in makers:
    for m in ("read", "read1", "readline", "peek", "readlines"):
        for arg in (1.0, None, "1", -1, 2, True):
            o = mk()
            if hasattr(o, m):
                t("%s.%s(%r)" % (name, m, arg), lambda: getattr(o, m)(arg))
for name, mk in makers[:2]:
    for m in ("readinto", "readinto1"):
        for arg in (b"xx", 5, memoryview(b"ab"), bytearray(3), memoryview(bytearray(2))):
            o = mk()
            t("%s.%s(%s)" % (name, m, type(arg).__name__), lambda: getattr(o, m)(arg))
t("BytesIO.truncate float", lambda: io.BytesIO(b"abc").truncate(1.0))
t("BytesIO.truncate None", lambda: io.BytesIO(b"abc").truncate(None))
t("StringIO.truncate float", lambda: io.StringIO("abc").truncate(1.0))
t("StringIO.truncate None", lambda: io.StringIO("abc").truncate(None))
t("StringIO.truncate str", lambda: io.StringIO("abc").truncate("1"))
class Raw(io.RawIOBase):
    def readinto(self, b):
        b[:1] = b"z"
        return 1
t("RawIOBase.read None", lambda: Raw().read(None))
t("RawIOBase.read float", lambda: Raw().read(1.0))
t("RawIOBase.read 1", lambda: Raw().read(1))
t("TextIOWrapper.write None", lambda: io.TextIOWrapper(io.BytesIO()).write(None))
t("TextIOWrapper.write bytes", lambda: io.TextIOWrapper(io.BytesIO()).write(b"x"))
t("StringIO.write None", lambda: io.StringIO().write(None))
t("BytesIO.write str", lambda: io.BytesIO().write("x"))
t("BufferedIOBase readinto generic", lambda: io.BufferedIOBase().readinto(b"x"))
