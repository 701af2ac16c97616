def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for base in range(2, 37):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    s = digits[::-1]
    print(base, int(s, base), int(s.upper(), base), int("-" + s, base))
    t(f"bad digit base {base}", lambda: int(digits + ("z" if base < 36 else "!"), base))
for s in ["0x1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "-0x10", "+0o7", " 0b1 ", "0", "00", "000", "0_0",
          "010", "0x", "0b", "0o", "0x_1", "0b_1_0", "0_b1", "1_000", "1__000", "_1", "1_", "0x1_f", "0xg"]:
    t(f"int({s!r}, 0)", lambda: int(s, 0))
for s, b in [("0x1f", 16), ("0b11", 2), ("0o17", 8), ("0x1f", 10), ("0b11", 16), ("1f", 16), ("0b1", 12), ("0B", 16)]:
    t(f"int({s!r}, {b})", lambda: int(s, b))
t("base 1", lambda: int("1", 1))
t("base 37", lambda: int("1", 37))
t("base -1", lambda: int("1", -1))
t("base huge", lambda: int("1", 2**100))
t("base float", lambda: int("1", 2.0))
t("base with int arg", lambda: int(5, 10))
t("base with float arg", lambda: int(5.0, 10))
t("base kw", lambda: int("ff", base=16))
t("x kw", lambda: int(x="12"))
t("no args", lambda: int())
t("three args", lambda: int("1", 2, 3))
t("base only", lambda: int(base=10))
class Idx:
    def __index__(self):
        return 16
t("base index", lambda: int("ff", Idx()))
t("bool base", lambda: int("11", True))
