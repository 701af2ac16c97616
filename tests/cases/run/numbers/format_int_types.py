def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for v in [0, 5, -5, 255, -255, 1234567, -1234567, 10**20, True]:
    for spec in ["", "d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", "e", "E", "f", "F", "g", "G", "%", ".2f", ".3e", ".0%", ".1g"]:
        if spec == "c" and not (0 <= v < 0x110000):
            continue
        t(f"{v}:{spec}", lambda: format(v, spec))
t("c 0x110000", lambda: format(0x110000, "c"))
t("c -1", lambda: format(-1, "c"))
t("c sign", lambda: format(65, "+c"))
t("c alt", lambda: format(65, "#c"))
t("c zero width", lambda: format(65, "05c"))
t("c width", lambda: format(65, ">5c"))
t("c grouping", lambda: format(65, ",c"))
t("precision on d", lambda: format(5, ".2d"))
t("precision on x", lambda: format(5, ".2x"))
t("unknown s", lambda: format(5, "s"))
t("unknown r", lambda: format(5, "r"))
t("unknown z", lambda: format(5, "y"))
t("unknown unicode", lambda: format(5, "\u00e9"))
t("unknown high", lambda: format(5, "\U0001f600"))
t("n on big", lambda: format(10**30, "n"))
t(", with n", lambda: format(1000, ",n"))
t("_ with n", lambda: format(1000, "_n"))
t(", with b", lambda: format(1000, ",b"))
t("_ with b", lambda: format(10**10, "_b"))
t("_ with x", lambda: format(10**10, "_x"))
t("_ with o", lambda: format(10**10, "#_o"))
t(", with x", lambda: format(1000, ",x"))
t(",_", lambda: format(1000, ",_d"))
t("_,", lambda: format(1000, "_,d"))
t(",,", lambda: format(1000, ",,d"))
t("bool x", lambda: format(True, "#x"))
t("int.__format__ non-str", lambda: int.__format__(5, 5))
t("int.__format__", lambda: (5).__format__("^7"))
t("z on int", lambda: format(5, "z"))
t("z on int d", lambda: format(-5, "zd"))
for spec in [",,", "__", ",__", "1,,", ".,f", ".2,f", "__d", ",,d", "_,", ",_,"]:
    t(f"spec {spec!r}", lambda: format(1000, spec))
    t(f"float spec {spec!r}", lambda: format(1000.5, spec))
