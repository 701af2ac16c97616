def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

blocks = [0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10, 0x104A0, 0x1D7CE, 0x1D7D8, 0x1E950, 0x1FBF0]
for b in blocks:
    s = "".join(chr(b + i) for i in range(10))
    t(hex(b), lambda: (int(s), float(s[:5] + "." + s[5:]), complex(s[:3] + "j"), int(s[1:4], 8) if b != 0x30 else None))
print(int("\u0661\u0662\u0663"), int(" \u0662\u0660 "), float("\u0661\u0662.\u0665"), int("\uff11\uff10", 16), int("\u0967\u0966", 2))
for ch in ["\u00b2", "\u2155", "\u0f33", "\u2460", "\u3405", "\u1369", "\u216b", "\u4e00", "\U0001f10c"]:
    t(repr(ch), lambda: int(ch))
    t(repr(ch) + " float", lambda: float(ch))
for sp in ["\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u202f", "\u205f", "\u3000", "\u0085", "\u200b", "\ufeff", "\x1c", "\x1f"]:
    t("space " + hex(ord(sp)), lambda: int(sp + "7" + sp))
    t("fspace " + hex(ord(sp)), lambda: float(sp + "7.5" + sp))
print("\u0663".isdigit(), "\u0663".isdecimal(), "\u00b2".isdigit(), "\u00b2".isdecimal(), "\u2155".isnumeric(), "7".isdecimal())
t("mixed scripts", lambda: int("1\u0662\u0967"))
t("digit in hex", lambda: int("\u0661f", 16))
t("fullwidth letters", lambda: int("\uff41", 16))
