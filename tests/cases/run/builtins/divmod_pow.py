# divmod() and pow(): signs, floats, modular pow, inverses and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-2**70, 7), (7.5, 2), (-7.5, 2),
             (7, 0.5), (1e300, 1e-300), (True, 2), (5, float("inf")), (-5, float("inf"))]:
    t("divmod %r %r" % (a, b), lambda a=a, b=b: divmod(a, b))
t("divmod zero", lambda: divmod(1, 0))
t("divmod float zero", lambda: divmod(1.0, 0.0))
t("divmod complex", lambda: divmod(1j, 1))
t("divmod str", lambda: divmod("a", 2))
t("divmod one arg", lambda: divmod(1))
t("divmod kw", lambda: divmod(a=1, b=2))
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
t("divmod custom", lambda: divmod(D(), 3))
t("divmod reflected", lambda: divmod(3, D()))

for args in [(2, 10), (2, -1), (-2, 3), (2.0, 3), (4, 0.5), (-8, 1 / 3), (0, 0), (0.0, 0), (10, 100, 7),
             (3, -1, 7), (2, -2, 11), (5, 0, 1), (-3, 3, 5), (2**100, 2**100, 10**9 + 7), (7, 2, -5)]:
    t("pow %r" % (args,), lambda args=args: pow(*args))
t("pow zero neg", lambda: pow(0, -1))
t("pow float zero neg", lambda: pow(0.0, -1))
t("pow mod zero", lambda: pow(2, 3, 0))
t("pow no inverse", lambda: pow(2, -1, 4))
t("pow float mod", lambda: pow(2.0, 3, 5))
t("pow third not int", lambda: pow(2, 3, 1.5))
t("pow kw", lambda: pow(base=2, exp=5))
t("pow kw mod", lambda: pow(2, exp=5, mod=3))
t("pow bad kw", lambda: pow(2, 5, modulo=3))
t("pow one arg", lambda: pow(2))
t("pow four args", lambda: pow(1, 2, 3, 4))
t("pow overflow", lambda: pow(10.0, 400))
t("pow str", lambda: pow("a", 2))
t("pow complex", lambda: pow(1j, 2))
t("pow complex mod", lambda: pow(1j, 2, 3))
t("pow neg frac", lambda: type(pow(-8, 0.5)).__name__)
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
t("pow custom", lambda: pow(P(), 2))
t("pow custom mod", lambda: pow(P(), 2, 9))
t("pow reflected", lambda: pow(2, P()))
t("pow reflected ternary", lambda: pow(2, P(), 5))
t("huge", lambda: len(str(pow(3, 1000))))
