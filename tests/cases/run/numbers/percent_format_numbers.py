def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

vals = [0, 7, -7, 255, 10**20, -10**20, 3.7, -3.7, 2.5, 1e16, 1e-5, True, float("inf"), float("nan")]
for v in vals:
    out = []
    for spec in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%e", "%E", "%f", "%F", "%g", "%G", "%s", "%r", "%a", "%c",
                 "%5d", "%-5d|", "%05d", "%+d", "% d", "%+5.2f", "%-10.3e|", "%010.2f", "%.0f", "%#.0f", "%.3g", "%#g", "%.10d", "%+.3x", "%#08x"]:
        try:
            out.append(spec % v)
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(v), out)
t("%*d", lambda: "%*d|%-*d" % (5, 42, 5, 42))
t("%.*f", lambda: "%.*f" % (3, 3.14159))
t("%*.*f", lambda: "%*.*f" % (10, 2, 3.14159))
t("%c big", lambda: "%c" % 0x110000)
t("%c neg", lambda: "%c" % -1)
t("%c str", lambda: "%c" % "ab")
t("%c float", lambda: "%c" % 65.0)
t("%d str", lambda: "%d" % "5")
t("%x float", lambda: "%x" % 5.0)
t("%d complex", lambda: "%d" % 1j)
t("%f str", lambda: "%f" % "1.5")
t("%f complex", lambda: "%f" % 1j)
t("%d float", lambda: "%d" % 3.99)
t("%d -float", lambda: "%d" % -3.99)
t("%d nan", lambda: "%d" % float("nan"))
t("%d inf", lambda: "%d" % float("inf"))
class I:
    def __index__(self):
        return 11
class F:
    def __float__(self):
        return 1.5
class N:
    def __int__(self):
        return 4
t("%x index", lambda: "%x %d" % (I(), I()))
t("%f float obj", lambda: "%f" % F())
t("%d int obj", lambda: "%d" % N())
t("%x int obj", lambda: "%x" % N())
t("%d float obj", lambda: "%d" % F())
t("bytes %d", lambda: b"%d %x %5.2f %c" % (10, 255, 2.5, 65))
t("bytes %c 256", lambda: b"%c" % 256)
t("too few", lambda: "%d %d" % (1,))
t("too many", lambda: "%d" % (1, 2))
t("unsupported", lambda: "%y" % 1)
t("incomplete", lambda: "%" % ())
t("%(a)d", lambda: "%(a)d %(b).2f" % {"a": 5, "b": 2.5})
t("%%", lambda: "%d%%" % 50)
t("huge precision", lambda: len("%.500f" % 1.0))
t("precision too big", lambda: "%.999999999999f" % 1.0)
