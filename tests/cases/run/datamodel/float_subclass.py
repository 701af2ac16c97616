# float subclasses and their interaction with arithmetic and formatting.
class Meters(float):
    def __repr__(self): return f"Meters({float(self)})"
    def __add__(self, o): return Meters(float(self) + float(o))
m = Meters(1.5)
print(m, repr(m), m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__, m * 2, type(m * 2).__name__)
print(str(m), f"{m}", f"{m:.3f}", "%.1f" % m, float(m), type(float(m)).__name__, m.is_integer(), m.hex())
print(int(m), round(m), round(m, 1), type(round(m, 1)).__name__, abs(Meters(-2.0)), type(abs(Meters(-2.0))).__name__)
print(m == 1.5, hash(m) == hash(1.5), m < 2, Meters.fromhex("0x1p1"), type(Meters.fromhex("0x1p1")).__name__)

class WithInit(float):
    def __new__(cls, v, unit="m"):
        return super().__new__(cls, v)
    def __init__(self, v, unit="m"):
        self.unit = unit
w = WithInit(2, "cm")
print(w, w.unit)
try:
    class NoNew(float):
        def __init__(self, v, unit): pass
    NoNew(2, "cm")
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit("x")
except ValueError as e:
    print("ValueError:", e)
try:
    float.__new__(int, 1.0)
except TypeError as e:
    print("TypeError:", e)

class Dunder:
    def __float__(self): return 2.5
print(float(Dunder()), Meters(Dunder()), type(Meters(Dunder())).__name__)
class BadFloat:
    def __float__(self): return "x"
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class SubFloatReturn:
    def __float__(self): return Meters(3.0)
print(repr(float(SubFloatReturn())))
class IndexOnly:
    def __index__(self): return 7
print(float(IndexOnly()))
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(float(" 1e3 "), float("-inf"), float("nan") != float("nan"))
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
