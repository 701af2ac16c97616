# Edge results of divmod/round/pow/abs/hash and sums over big ranges.
import io, sys
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
t("sorted gen with key", lambda: sorted((c for c in "bca"), key=ord))
t("min set", lambda: min({3, 1, 2}))
t("sum range big", lambda: sum(range(10**6)))
t("sum nested", lambda: sum([[1], [2]], start=[0]))
t("divmod negative float", lambda: divmod(-7.5, 2))
t("divmod float neg zero", lambda: divmod(-0.0, 1))
t("divmod large float", lambda: divmod(1e308, 1e-308))
t("round half even big", lambda: round(2.5e15 + 0.5))
t("round 0.5 digits", lambda: [round(x / 10, 1) for x in range(-5, 6, 2)])
t("pow float neg base int exp", lambda: pow(-2.0, 3))
t("pow int float", lambda: pow(2, 0.5))
t("pow neg int frac", lambda: pow(-1, 0.5))
t("pow 0 neg float", lambda: pow(0.0, -1.5))
t("pow inf", lambda: pow(float("inf"), -1))
t("pow huge", lambda: pow(2, 10**10, 7))
t("abs min int", lambda: abs(-2**63))
t("hash inf", lambda: (hash(float("inf")), hash(float("-inf"))))
t("hash huge int", lambda: hash(2**200))
t("hash neg big", lambda: hash(-2**200))
t("hash complex", lambda: hash(complex(1.5, -2.5)))
t("hash frac", lambda: hash(0.3))
