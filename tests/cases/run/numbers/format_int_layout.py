def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for v in [42, -42, 0, 123456789, -123456789]:
    for spec in ["8", "<8", ">8", "^8", "=8", "*<8", "*>8", "*^9", "0=8", "08", "+", "-", " ", "+8", " 8", "+08", "-08", " 08",
                 "#08x", "#8x", "#<8x", "#=8x", "*=+10", ",", "_", "012,", "012_", "015,d", "+015_d", "^+12,", "=+12", "010b", "#012_b",
                 "x<+#10_x", "\u00e9^7", "0<6", "0^6", "0>6", "010n", "#10o", "=^10"]:
        t(f"{v}:{spec!r}", lambda: format(v, spec))
t("huge width", lambda: len(format(1, "1000")))
t("width overflow", lambda: format(1, "99999999999999999999"))
t("precision overflow", lambda: format(1, ".99999999999999999999f"))
t("bad spec", lambda: format(1, "<<<"))
t("bad spec 2", lambda: format(1, "1.2.3"))
t("bad spec 3", lambda: format(1, "^^"))
t("trailing", lambda: format(1, "5dd"))
t("dot no digits", lambda: format(1, "."))
t("dot f", lambda: format(1, ".f"))
t("fstring", lambda: f"{12345:>+10,}|{-3:^07}|{255:#_x}|{7:*^5b}")
t("str.format", lambda: "{0:>{1}}|{0:{2}}".format(99, 6, "+#x"))
t("nested width", lambda: "{:{}{}}".format(5, "0", 4))
