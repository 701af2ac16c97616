def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

cases = ["12", "  12  ", "\t\n12\r\x0b\x0c", "+12", "-12", "- 12", "+-12", "--12", "1 2", "", "   ", "1.0", "1e3",
         "١٢٣", "٣", "\u0663\u0664", "１２３", "\u00a012\u2003", "12\u3000", "1_2_3", "1__2", "_12", "12_",
         "0012", "-0", "+0", "0_0_0", "९९", "\U0001d7d9\U0001d7da", "½", "²", "12abc", "abc", "0x12", "inf", "nan",
         "\x00", "1\x00", "९_९"]
for s in cases:
    t(repr(s), lambda: int(s))
for s in [b"12", b" -7 ", bytearray(b"99"), b"0x1f", b"1_0", b"\xff", b"12\x00"]:
    t(repr(s), lambda: int(s))
    t(repr(s) + " base0", lambda: int(s, 0))
t("memoryview", lambda: int(memoryview(b"12")))
t("long message", lambda: int("x" * 300))
t("long message bytes", lambda: int(b"y" * 300))
t("surrogate", lambda: int("1\ud800"))
t("str subclass", lambda: int(type("S", (str,), {})("  42 ")))
t("bytes subclass", lambda: int(type("B", (bytes,), {})(b"42")))
t("list", lambda: int([1]))
t("None", lambda: int(None))
t("complex", lambda: int(3j))
t("object", lambda: int(object()))
