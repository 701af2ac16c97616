def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

cases = ["1", "1.", ".1", "1.5", "-1.5", "+1.5", "  3.25  ", "\t\n-2\r", "1e5", "1E5", "1e+5", "1e-5", "1e500", "-1e500",
         "1e-500", "-1e-500", "nan", "NaN", "-nan", "+nan", "inf", "-inf", "+inf", "Infinity", "-Infinity", "iNfInItY",
         "infinit", "infinityy", "nana", "1_000.5", "1_000.000_1", "1e1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5",
         ".", "e5", "1e", "1e+", "", " ", "1.5.5", "0x10", "1,5", "١٫٥", "١.٥", "１.５", "1.5\u00a0", "\u20031.5",
         "1.5j", "- 1", "++1", "0" * 400 + "1", "1" + "0" * 400, "0." + "0" * 400 + "1", "2.2250738585072011e-308",
         "4.9e-324", "2.4e-324", "2.5e-324", "1.7976931348623157e308", "1.7976931348623159e308", "0e0", "-0", "-0.0e10",
         "9" * 30, "123456789012345678901234567890e-30", "1\x00", "1.5 x", "x"]
for s in cases:
    t(repr(s)[:45], lambda: float(s))
for s in [b"1.5", bytearray(b" -2e3 "), b"nan", b"1_0", b"abc", b"\xff", memoryview(b"2.5"), b"1\x00"]:
    t(repr(s)[:30], lambda: float(s))
t("long error", lambda: float("z" * 300))
t("none", lambda: float(None))
t("list", lambda: float([1.0]))
t("complex", lambda: float(1j))
t("no args", lambda: float())
t("two args", lambda: float("1", "2"))
t("kw", lambda: float(x="1"))
t("int huge", lambda: float(10**400))
t("int huge neg", lambda: float(-10**400))
t("int round half even", lambda: float(2**53 + 1))
t("int round up", lambda: float(2**53 + 3))
t("bool", lambda: float(True))
t("str subclass", lambda: float(type("S", (str,), {})("2.5")))
