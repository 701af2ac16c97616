def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

nan = float("nan"); inf = float("inf")
pairs = [(2**53, 2.0**53), (2**53 + 1, 2.0**53), (2**53 + 1, 2.0**53 + 2), (-(2**53) - 1, -(2.0**53)), (10**400, inf),
         (-10**400, -inf), (10**400, 1e308), (2**1024, 1.7976931348623157e308), (0, -0.0), (1, 1.0000000000000002),
         (2**63, 9.223372036854776e18), (2**63 - 1, 9.223372036854776e18), (2**64 + 1, 2.0**64), (5, nan), (10**400, nan),
         (True, 1.0), (0.5, 1), (-0.5, 0), (-0.5, -1), (123456789012345678901234567890, 1.2345678901234568e29)]
for a, b in pairs:
    print(repr(a)[:20], repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a, b > a)
print(nan == nan, nan != nan, nan < nan, nan is nan, [nan] == [nan], nan in [nan], inf == inf, inf > 10**1000, -inf < -10**1000)
print(0.0 == -0.0, (-0.0).__eq__(0), 1.0 == True, 1.0 == 1 + 0j, 1.5 == 1.5 + 0j, 1.5 == 1.5 + 1j)
print(sorted([3, 2.5, 10**20, 1e19, -1, -1.5, True, 0.0]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
t("1.0 < 'a'", lambda: 1.0 < "a")
t("1.0 < None", lambda: 1.0 < None)
t("1.0 < 1j", lambda: 1.0 < 1j)
t("1.0 == 'a'", lambda: 1.0 == "a")
t("float.__lt__(1.0, 'a')", lambda: float.__lt__(1.0, "a"))
t("float.__eq__(1.0, 10**400)", lambda: float.__eq__(1.0, 10**400))
t("int.__eq__(1, 1.0)", lambda: int.__eq__(1, 1.0))
t("int.__lt__(1, 2.0)", lambda: int.__lt__(1, 2.0))
import fractions, decimal
t("float vs fraction", lambda: (0.5 == fractions.Fraction(1, 2), 0.1 == fractions.Fraction(1, 10), 0.1 < fractions.Fraction(1, 10)))
t("float vs decimal", lambda: (0.5 == decimal.Decimal("0.5"), 0.1 == decimal.Decimal("0.1"), 0.1 < decimal.Decimal("0.1")))
for k in range(50, 70):
    v = 2**k + 1
    print(k, v == float(v), v > float(v), v - 1 == float(v))
