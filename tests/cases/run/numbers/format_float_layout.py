def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for v in [3.14159, -2.5, 0.0, -0.0, 1234567.125, float("inf"), float("-nan"), 1e-7]:
    for spec in ["10", "<10", ">10", "^10", "=10", "010", "+010", " 010", "-010", "+.2f", " .2f", "010.2f", "*^12.3e", ",", "_", ",.2f",
                 "_.2f", "015,.3f", "z", "z.1f", "z.0f", "z.3e", "z.2g", "+z.1f", "z010.1f", "#10.0f", ",e", ",g", "12,.1%", "=+12.3f",
                 "0=12,.2f", "x^+12.4g", "-z.1f", "z%"]:
        t(f"{v!r}:{spec!r}", lambda: format(v, spec))
t("z on -0.001 .2f", lambda: format(-0.001, "z.2f"))
t("z on -0.001 .2e", lambda: format(-0.001, "z.2e"))
t("z negative nonzero", lambda: format(-0.5, "z.1f"))
t("z on int", lambda: format(-0, "z"))
t("z on complex", lambda: format(complex(-0.0, -0.0), "z.1f"))
t("fstring z", lambda: f"{-0.0001:z.2f}|{-0.0:z}|{-1e-10:z.3g}")
t("fstring mix", lambda: f"{1234.5678:>+15,.2f}|{-0.25:^10.1%}|{12345.678:_e}")
t("n float", lambda: format(1234567.891, "n"))
t("n .3", lambda: format(1234567.891, ".3n"))
t("n width", lambda: format(-12.5, "010n"))
t("comma with n", lambda: format(1.5, ",n"))
