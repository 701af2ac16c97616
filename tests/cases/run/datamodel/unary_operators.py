# Unary operators and abs(): __neg__, __pos__, __invert__, __abs__.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class V:
    def __init__(self, x): self.x = x
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x * 10)
    def __invert__(self): return V(~self.x)
    def __abs__(self): return abs(self.x)
    def __repr__(self): return f"V({self.x})"

v = V(3)
print(-v, +v, ~v, abs(V(-4)), -(-v))
class Bare: pass
err(lambda: -Bare())
err(lambda: +Bare())
err(lambda: ~Bare())
err(lambda: abs(Bare()))
err(lambda: -"s")
err(lambda: ~1.5)
err(lambda: +[1])
err(lambda: abs(None))
err(lambda: ~True)
print(-True, +False, ~False, abs(-2.5), abs(3j + 4), -(0.0), ~-1)

class WeirdNeg:
    def __neg__(self): return NotImplemented
print(-WeirdNeg())

class OnInstance: pass
o = OnInstance()
o.__neg__ = lambda: "instance neg"
err(lambda: -o)

class IntSub(int):
    def __neg__(self): return "IntSub.neg"
    def __abs__(self): return "IntSub.abs"
print(-IntSub(5), abs(IntSub(-5)), +IntSub(5), type(+IntSub(5)).__name__, ~IntSub(1))
