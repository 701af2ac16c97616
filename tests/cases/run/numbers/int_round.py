def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for v in [0, 5, 15, 25, 35, 45, 1234567, -1234567, 1250, 1350, -1250, -1350, 10**20 + 5 * 10**9, 2**70]:
    for nd in [None, 0, 1, -1, -2, -3, -9, -10, -25]:
        r = round(v, nd) if nd is not None else round(v)
        print(v, nd, r, type(r).__name__)
print(round(True, -1), type(round(True)).__name__, round(True, 2), type(round(True, 2)).__name__)
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(-35, -1))
print(round(50, -2), round(150, -2), round(250, -2), round(-250, -2))
t("ndigits float", lambda: round(5, 1.0))
t("ndigits str", lambda: round(5, "1"))
t("ndigits huge pos", lambda: round(12345, 10**20))
t("__round__ none", lambda: (17).__round__(None))
t("__round__ neg", lambda: (17).__round__(-1))
t("__round__ two args", lambda: (17).__round__(1, 2))
class Idx:
    def __index__(self):
        return -1
t("ndigits index", lambda: round(17, Idx()))
t("int.__trunc__", lambda: int.__trunc__(-7))
t("int.__floor__", lambda: (-7).__floor__())
t("int.__ceil__", lambda: (-7).__ceil__())
import math
t("math.floor big", lambda: math.floor(10**30) == 10**30)
t("math.ceil bool", lambda: (math.ceil(True), type(math.ceil(True)).__name__))
t("math.trunc", lambda: math.trunc(-5))
