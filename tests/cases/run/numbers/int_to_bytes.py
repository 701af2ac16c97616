def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 65535, -32768, 2**64 - 1, -2**63]:
    for order in ("big", "little"):
        for signed in (False, True):
            for n in (1, 2, 8, 9):
                t(f"{v}.to_bytes({n},{order},{signed})", lambda: v.to_bytes(n, order, signed=signed))
t("default args", lambda: (65).to_bytes())
t("default len 1", lambda: (300).to_bytes())
t("keyword length", lambda: (1024).to_bytes(length=2, byteorder="little"))
t("zero length zero", lambda: (0).to_bytes(0, "big"))
t("zero length one", lambda: (1).to_bytes(0, "big"))
t("negative length", lambda: (1).to_bytes(-1, "big"))
t("bad byteorder", lambda: (1).to_bytes(1, "middle"))
t("byteorder type", lambda: (1).to_bytes(1, 5))
t("length type", lambda: (1).to_bytes(1.0, "big"))
t("negative unsigned", lambda: (-1).to_bytes(1, "big"))
t("signed overflow", lambda: (128).to_bytes(1, "big", signed=True))
t("signed keyword only", lambda: (1).to_bytes(1, "big", True))
t("extra kw", lambda: (1).to_bytes(1, "big", foo=1))
t("huge", lambda: len((10**100).to_bytes(42, "big")))
t("huge too small", lambda: (10**100).to_bytes(41, "big"))
t("bool", lambda: True.to_bytes(2, "little"))
class Idx:
    def __index__(self):
        return 3
t("index length", lambda: (5).to_bytes(Idx(), "big"))
t("signed truthy", lambda: (-2).to_bytes(2, "big", signed=[1]))
