# Numeric conversion hooks: result checks and which builtins use which hook.
import math, operator
def err(f):
    try:
        r = f()
        print("ok", repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class IntOnly:
    def __int__(self): return 7
class FloatOnly:
    def __float__(self): return 2.5
class ComplexOnly:
    def __complex__(self): return 1 + 2j
class BoolIdx:
    def __index__(self): return True
class SubInt(int): pass
class SubIdx:
    def __index__(self): return SubInt(9)
class SubFloat(float): pass
class RetSubFloat:
    def __float__(self): return SubFloat(1.5)
class RetIntFromFloat:
    def __float__(self): return 3
class RetFloatFromInt:
    def __int__(self): return 3.5
class RetStrIndex:
    def __index__(self): return "3"
class TruncOnly:
    def __trunc__(self): return 11

for make in (lambda: Idx(5), IntOnly, FloatOnly, ComplexOnly, BoolIdx, SubIdx, RetSubFloat,
             RetIntFromFloat, RetFloatFromInt, RetStrIndex, TruncOnly):
    o = make()
    print(type(o).__name__)
    err(lambda: int(o))
    err(lambda: float(o))
    err(lambda: complex(o))
    err(lambda: operator.index(o))
    err(lambda: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100][o])
    err(lambda: bin(o))
    err(lambda: round(o))
    err(lambda: math.floor(o))
    err(lambda: "%d" % o)
    err(lambda: "%x" % o)
    err(lambda: "%f" % o)

# slicing, repetition and range use __index__
print([1, 2, 3, 4][Idx(1):Idx(3)], "ab" * Idx(2), range(Idx(3)), list(range(10))[::Idx(3)])
print(hex(Idx(255)), oct(Idx(8)), (5).__pow__(Idx(2)))
err(lambda: pow(2, Idx(3), Idx(5)))
err(lambda: "ab" * IntOnly())
err(lambda: range(FloatOnly()))
err(lambda: [1][IntOnly()])

# __round__, __trunc__, __floor__, __ceil__ pass through arbitrary results
class Rounder:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
ro = Rounder()
print(round(ro), round(ro, 2), round(ro, None), math.trunc(ro), math.floor(ro), math.ceil(ro))
err(lambda: round(Idx(1)))
err(lambda: math.trunc(Idx(1)))
err(lambda: round(1.5, "x"))
err(lambda: round(2.5, Idx(0)))

# unary operators and abs
class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
u = Unary()
print(-u, +u, ~u, abs(u))
err(lambda: -IntOnly())
err(lambda: abs(IntOnly()))

# int(x, base) requires a str-like first argument
err(lambda: int(Idx(5), 10))
err(lambda: int("10", Idx(16)))
err(lambda: int("10", IntOnly()))
