def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, -0.125, 1e300, 1e-300, 123456.5, 5e15 + 0.5]:
    print(repr(v), round(v), repr(round(v, 0)), repr(round(v, 1)), repr(round(v, 2)), repr(round(v, -1)), repr(round(v, -2)))
for nd in [-400, -309, -308, -20, 0, 15, 16, 17, 22, 23, 300, 308, 309, 400]:
    t(f"round(1.234e22, {nd})", lambda: round(1.2345678e22, nd))
    t(f"round(1.5e-300, {nd})", lambda: round(1.5e-300, nd))
for v in [float("inf"), float("-inf"), float("nan")]:
    t(f"round({v})", lambda: round(v))
    t(f"round({v}, 2)", lambda: round(v, 2))
    t(f"round({v}, None)", lambda: round(v, None))
t("round(-0.0, 1)", lambda: round(-0.0, 1))
t("round(-0.4)", lambda: round(-0.4))
t("round(-0.04, 1)", lambda: round(-0.04, 1))
t("round(1e308, -308)", lambda: round(1e308, -308))
t("round(1.7e308, -308)", lambda: round(1.7e308, -308))
t("round(x, big)", lambda: round(1.5, 2**70))
t("round(x, -big)", lambda: round(1.5, -2**70))
t("round(x, 1.0)", lambda: round(1.5, 1.0))
t("round(x, '1')", lambda: round(1.5, "1"))
t("round(1e20)", lambda: round(1e20))
t("type", lambda: (type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(1.5, None)).__name__))
class R:
    def __round__(self, *a):
        return ("custom", a)
t("custom", lambda: (round(R()), round(R(), 3), round(R(), None)))
t("no __round__", lambda: round(object()))
t("round str", lambda: round("1.5"))
t("round kw", lambda: round(number=2.567, ndigits=1))
t("round none", lambda: round(None))
