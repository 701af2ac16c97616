def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for b in [0, 1, -1, 2, -2, 3, 10, -10, 2**70]:
    for e in [0, 1, 2, 3, 10, -1, -2, -3]:
        t(f"{b}**{e}", lambda: b ** e)
print(type(2 ** -1).__name__, type(2 ** 0).__name__, type(True ** 2).__name__, True ** -1)
print(pow(2, 100), pow(-2, 101), pow(2.5, 2), pow(2, 0.5), pow(4, -0.5), pow(-8, 1 / 3))
print(len(str(7 ** 5000)), (3 ** 10000) % 1000007, (-3) ** 3, -3 ** 2)
print(2 ** 62, 2 ** 63, 2 ** 64, -2 ** 63, (-2) ** 63, 3 ** 40, 3 ** 41)
t("pow(0, 0)", lambda: pow(0, 0))
t("pow(0, -1)", lambda: pow(0, -1))
t("pow(0.0, -1)", lambda: pow(0.0, -1))
t("pow(10, -400)", lambda: pow(10, -400))
t("pow(2, -1075)", lambda: pow(2, -1075))
t("pow(2, -1074)", lambda: pow(2, -1074))
t("pow(10**400, -1)", lambda: pow(10**400, -1))
t("pow(2, 1024.0)", lambda: pow(2, 1024.0))
t("pow(-8, 1/3) type", lambda: type(pow(-8, 1 / 3)).__name__)
t("pow('a', 2)", lambda: pow("a", 2))
t("pow(2, 'a')", lambda: pow(2, "a"))
t("pow(2, None)", lambda: pow(2, None))
t("pow()", lambda: pow())
t("pow(2)", lambda: pow(2))
t("pow kw", lambda: pow(base=2, exp=5))
t("pow kw mod", lambda: pow(base=2, exp=5, mod=7))
t("pow mod None", lambda: pow(2, 5, None))
t("** huge exponent overflow float", lambda: 2.0 ** (10**400))
t("int.__pow__(2, 3)", lambda: int.__pow__(2, 3))
t("int.__pow__(2, 3.0)", lambda: int.__pow__(2, 3.0))
t("int.__rpow__(3, 2)", lambda: int.__rpow__(3, 2))
t("float.__rpow__(3.0, 2)", lambda: float.__rpow__(3.0, 2))
t("1 ** huge", lambda: 1 ** (10**100))
t("(-1) ** huge", lambda: (-1) ** (10**100 + 1))
t("0 ** huge", lambda: 0 ** (10**100))
t("x=5; x **= 3", lambda: (lambda x: x.__ipow__(3) if hasattr(x, "__ipow__") else x ** 3)(5))
class P:
    def __pow__(self, o, m=None):
        return ("pow", o, m)
    def __rpow__(self, o, m=None):
        return ("rpow", o, m)
t("custom pow", lambda: (P() ** 2, 2 ** P(), pow(P(), 2, 3)))
t("custom rpow 3-arg", lambda: pow(2, P(), 3))
