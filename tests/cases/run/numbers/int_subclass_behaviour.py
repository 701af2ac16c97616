def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Money(int):
    def __new__(cls, v, currency="EUR"):
        self = super().__new__(cls, v)
        self.currency = currency
        return self
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
m = Money(5, "USD")
print(m, repr(m), str(m), f"{m}", f"{m:>6}", "%d %s %r" % (m, m, m), m + 1, type(m + 1).__name__, hash(m) == hash(5))
print(int(m), type(int(m)).__name__, m.real, type(m.real).__name__, m == 5, m in {5}, {m: 1}[5], [0] * m, "ab"[Money(1)])
class Strange(int):
    def __str__(self):
        return "strange"
    def __format__(self, spec):
        return "fmt:" + spec
s = Strange(3)
print(s, repr(s), f"{s}", f"{s:x}", format(s, "d"), "%d" % s, "%s" % s, "{}".format(s), str(s), int.__repr__(s))
class B(float):
    def __new__(cls, v, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
b = B(2.5, "km")
print(b, repr(b), b.unit, b * 2, type(b * 2).__name__, round(b), b.hex(), b.is_integer(), B.fromhex("0x1p1"))
t("B.fromhex unit", lambda: B.fromhex("0x1p1").unit)
class C(complex):
    pass
c = C(1, 2)
print(c, repr(c), type(c + 1).__name__, type(c.conjugate()).__name__, c.real, type(-c).__name__)
class Init(int):
    def __init__(self, *a, **k):
        print("Init.__init__", a, k)
t("Init", lambda: Init("ff", 16))
t("Init base kw", lambda: Init("ff", base=16))
t("Money bad", lambda: Money("x"))
t("int.__new__(Money, 5)", lambda: type(int.__new__(Money, 5)).__name__)
t("int.__new__(float)", lambda: int.__new__(float, 5))
t("int.__new__(str)", lambda: int.__new__(str))
t("float.__new__(B, 'x')", lambda: float.__new__(B, "x"))
t("complex.__new__(int)", lambda: complex.__new__(int))
t("int.__init__ extra", lambda: int.__init__(5, 1, 2, 3))
