def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

vals = [1 + 2j, -1.5 - 2.5j, 1j, -0j, complex(-0.0, 0.0), 0j, complex(float("inf"), float("nan")), 1e20 + 1e-20j, 3 + 0j, complex(1, -0.0)]
for v in vals:
    out = []
    for spec in ["", "e", "E", "f", "F", "g", "G", "n", ".2f", ".0e", ".3g", "+", " ", "-", "20", "<20", ">20", "^20", "*^24.2f",
                 "+.1f", ",", "_.2f", "#", "#.0f", "#g", "z.1f", ".1"]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(v), out)
t("fstring", lambda: f"{(1 + 2j):>12}|{(3 - 4j):.1f}|{1j:g}")
t("str.format", lambda: "{:*^20.3e}".format(-1.25 + 3.5j))
t("complex.__format__ bad", lambda: complex.__format__(1j, 1))
t("c on complex", lambda: format(1j, "c"))
t("x on complex", lambda: format(1j, "x"))
t("% on complex", lambda: format(1j, ".2%"))
t("0-pad", lambda: format(1j, "05"))
t("= align", lambda: format(1j, "=5"))
t("subclass", lambda: format(type("C", (complex,), {})(1, 1), ".1f"))
