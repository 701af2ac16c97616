def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
from fractions import Fraction
from decimal import Decimal

vals = [0, 1, -1, 2**63, -(2**63), 10**30, True, False, 0.5, -0.0, 1.0, 2.0**63, 1e30, float("inf"), float("nan"), 1 + 0j, 0j, Fraction(1, 2), Decimal("1")]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append("<" if a < b else (">" if a > b else ("=" if a == b else "?")))
        except Exception:
            row.append("T" if a == b else "t")
    print(f"{a!r:>24}", "".join(row))
print(1 == 1.0 == True == 1 + 0j == Fraction(1) == Decimal(1))
print(sorted([Fraction(1, 3), 0.3, 1, True, -2, Decimal("0.31")]))
print(max([1, 1.0]), min([0.0, 0, False]), max(2**80, 1e24), min(-(2**80), -1e24))
t("1 < '1'", lambda: 1 < "1")
t("1 <= []", lambda: 1 <= [])
t("1 > None", lambda: 1 > None)
t("1 >= 1j", lambda: 1 >= 1j)
t("int.__lt__(1, 'a')", lambda: int.__lt__(1, "a"))
t("int.__ne__(1, 1.0)", lambda: int.__ne__(1, 1.0))
t("int.__ge__(1, True)", lambda: int.__ge__(1, True))
t("1 == '1'", lambda: 1 == "1")
t("1 != None", lambda: 1 != None)
t("chained", lambda: 1 < 2.5 < 10**20 < float("inf"))
t("chained eq", lambda: 0 == 0.0 == -0.0 == False == 0j)
print([i for i in range(-5, 6) if -2.5 < i <= 3.0])
