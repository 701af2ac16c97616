def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v!r})"
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(("r", o, self.v))
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        return "lt called"
    def __gt__(self, o):
        return "gt called"
    def __hash__(self):
        return hash(self.v)
print(1 + Num(2), 1.5 + Num(2), 1j + Num(2), True + Num(2), Num(1) + 2)
print(1 < Num(2), 1.5 > Num(2), 10**30 < Num(1), 1j < Num(3))
class IntSub(int):
    def __radd__(self, o):
        return "IntSub.__radd__"
    def __rsub__(self, o):
        return "IntSub.__rsub__"
    def __rpow__(self, o, m=None):
        return "IntSub.__rpow__"
print(1 + IntSub(2), 1 - IntSub(2), 2 ** IntSub(3), IntSub(2) + 1, 1.5 + IntSub(2), pow(2, IntSub(3), 5))
class FloatSub(float):
    def __rtruediv__(self, o):
        return "FloatSub.__rtruediv__"
    def __eq__(self, o):
        return "FloatSub.__eq__"
print(1.0 / FloatSub(2), 1 / FloatSub(2), 1.0 == FloatSub(2), FloatSub(2) == 1.0)
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
t("both NotImplemented", lambda: NI() + 1)
t("1 + NI", lambda: 1 + NI())
t("1.5 - NI", lambda: 1.5 - NI())
t("1j * NI", lambda: 1j * NI())
t("int.__add__(1, NI)", lambda: int.__add__(1, NI()))
t("float.__add__(1.0, 10**400)", lambda: float.__add__(1.0, 10**400))
t("complex.__add__(1j, 'a')", lambda: complex.__add__(1j, "a"))
t("int.__eq__(1, 'a')", lambda: int.__eq__(1, "a"))
t("float.__eq__(1.0, 1j)", lambda: float.__eq__(1.0, 1j))
t("complex.__eq__(1j, 1j)", lambda: complex.__eq__(1j, 1j))
t("complex.__lt__(1j, 1j)", lambda: complex.__lt__(1j, 1j))
class Inplace:
    def __iadd__(self, o):
        return "iadd"
x = Inplace()
x += 1
print(x)
y = 5
y += Num(1)
print(y)
z = 2.5
z *= 2
print(z, type(z).__name__)
