def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for b, e, m in [(2, 10, 1000), (3, 200, 13), (-2, 3, 5), (2, 3, -5), (-2, 3, -5), (0, 0, 7), (5, 0, 1), (5, 0, -1), (7, 10**50, 10**9 + 7),
                (2**100, 2**100, 2**61 - 1), (10, 3, 1), (-10, 3, 7), (True, True, 2)]:
    t(f"pow({b}, {e}, {m})", lambda: pow(b, e, m))
for b, m in [(3, 7), (2, 9), (10, 17), (-3, 7), (3, -7), (-3, -7), (12345678901234567890, 10**20 + 39), (4, 1), (4, -1)]:
    t(f"pow({b}, -1, {m})", lambda: pow(b, -1, m))
    t(f"pow({b}, -3, {m})", lambda: pow(b, -3, m))
t("not invertible", lambda: pow(2, -1, 4))
t("not invertible big", lambda: pow(6, -2, 10**30))
t("zero base inverse", lambda: pow(0, -1, 5))
t("mod zero", lambda: pow(2, 3, 0))
t("mod zero neg exp", lambda: pow(2, -3, 0))
t("float mod", lambda: pow(2, 3, 5.0))
t("float base", lambda: pow(2.0, 3, 5))
t("complex", lambda: pow(2j, 3, 5))
t("str mod", lambda: pow(2, 3, "5"))
t("bool mod", lambda: pow(3, 4, True))
class Idx:
    def __index__(self):
        return 5
t("index mod", lambda: pow(2, 3, Idx()))
t("index all", lambda: pow(Idx(), Idx(), Idx()))
t("int.__pow__ 3 args", lambda: int.__pow__(2, 10, 1000))
t("int.__pow__ float mod", lambda: int.__pow__(2, 10, 1000.0))
t("verify inverse", lambda: all(a * pow(a, -1, 101) % 101 == 1 for a in range(1, 101)))
t("big verify", lambda: (lambda m: (pow(3, -1, m) * 3) % m)(2**127 - 1))
t("fermat", lambda: [p for p in range(2, 60) if pow(2, p - 1, p) == 1])
t("checksum", lambda: sum(pow(i, i, 1000003) for i in range(1, 2000)))
