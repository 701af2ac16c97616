def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 0.000123456, 1e16, 1e-5, 1e22, 2.5, 0.5, 1e300, 5e-324,
        123456789012345678.0, float("inf"), float("-inf"), float("nan")]
for v in vals:
    out = []
    for spec in ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".3e", ".0f", ".2f", ".10f", ".0g", ".1g", ".3g", ".17g", ".2%", "#g", "#.0f", "#.0e", "#.3g", ".1", ".5", "r" if False else "", "#"]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(v), out)
t("x on float", lambda: format(1.5, "x"))
t("d on float", lambda: format(1.5, "d"))
t("c on float", lambda: format(1.5, "c"))
t("b on float", lambda: format(1.5, "b"))
t("s on float", lambda: format(1.5, "s"))
t("X on complex", lambda: format(1j, "X"))
t("d on complex", lambda: format(1j, "d"))
t("% on complex", lambda: format(1j, "%"))
t("= on complex", lambda: format(1j, "=10"))
t("0 on complex", lambda: format(1j, "010"))
t("alt on float", lambda: format(1.0, "#"))
t("f big", lambda: format(1e300, ".2f")[:20] + "..." + str(len(format(1e300, ".2f"))))
t("f precision 100", lambda: format(0.1, ".60f"))
t("e precision 50", lambda: format(1 / 3, ".50e"))
t("g precision 30", lambda: format(2 / 3, ".30g"))
t("int with f", lambda: format(10**30, "f"))
t("int with e huge", lambda: format(10**400, "e"))
t("int with f huge", lambda: format(10**400, "f"))
t("int with g huge", lambda: format(10**400, ".3g"))
t("int %", lambda: format(10**400, "%"))
t("bool f", lambda: format(True, ".2f"))
t("float.__format__ int arg", lambda: float.__format__(1.5, 3))
t("float.__format__(2, '')", lambda: float.__format__(2, ""))
