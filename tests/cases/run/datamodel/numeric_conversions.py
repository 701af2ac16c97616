# __index__, __int__, __float__, __complex__ and their errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class I:
    def __index__(self): return 5
class N:
    def __int__(self): return 7
class F:
    def __float__(self): return 1.5
class C:
    def __complex__(self): return 2j
class T:
    def __trunc__(self): return 9

print(int(I()), int(N()), float(F()), complex(C()), float(I()), complex(F()), complex(I()))
print(hex(I()), oct(I()), bin(I()), [0] * 6 == [0] * I(), "ab"[I():], range(I()))
err(lambda: hex(N()))
err(lambda: [1][N()])
err(lambda: int(F()))
err(lambda: int(T()))
err(lambda: int(C()))
err(lambda: float(C()))
err(lambda: complex(N()))
err(lambda: int(object()))
err(lambda: int(None))
err(lambda: int([1]))
err(lambda: int("1.5"))
err(lambda: int("z", 36) and int("z", 37))
err(lambda: int("10", base=1))
err(lambda: int(5, 10))
err(lambda: int(x=1))

class BadIndex:
    def __index__(self): return 1.5
class BadInt:
    def __int__(self): return "7"
class BoolIndex:
    def __index__(self): return True
class SubIntIndex:
    def __index__(self):
        class Sub(int): pass
        return Sub(3)
err(lambda: int(BadIndex()))
err(lambda: int(BadInt()))
err(lambda: hex(BadIndex()))
err(lambda: [1, 2][BadIndex()])
err(lambda: range(BadIndex()))
print(int(BoolIndex()), type(int(BoolIndex())).__name__)
err(lambda: type(int(SubIntIndex())).__name__)
err(lambda: type(SubIntIndex().__index__()).__name__)

class BadComplex:
    def __complex__(self): return 1
err(lambda: complex(BadComplex()))
class BadFloat:
    def __float__(self): return 1
err(lambda: float(BadFloat()))
err(lambda: complex("1+2j"))
err(lambda: complex("bad"))
err(lambda: complex(1, "2"))
err(lambda: complex("1", 2))
err(lambda: complex(1j, 1j))
print(complex(), complex(1), complex(imag=2), complex(real=1.5))
class Both:
    def __index__(self): return 1
    def __int__(self): return 2
print(int(Both()), [10, 20, 30][Both()])
class IntAndTrunc:
    def __trunc__(self): return I()
err(lambda: int(IntAndTrunc()))
class TruncBad:
    def __trunc__(self): return "x"
err(lambda: int(TruncBad()))
