# bin(), oct(), hex(): signs, big values, __index__, and refusals.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for v in [0, 1, -1, 7, 8, 255, -256, 2**64, -2**64 + 1, 10**30, True, False]:
    print(v, bin(v), oct(v), hex(v))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(Idx(5)), oct(Idx(-9)), hex(Idx(4096)))

class IntSub(int):
    def __index__(self):
        return 99
print(hex(IntSub(1)))

class BadIdx:
    def __index__(self):
        return "x"
class RaisingIdx:
    def __index__(self):
        raise ArithmeticError("idx")

for f in (bin, oct, hex):
    t(f.__name__ + " float", lambda f=f: f(1.5))
    t(f.__name__ + " str", lambda f=f: f("10"))
    t(f.__name__ + " none", lambda f=f: f(None))
    t(f.__name__ + " bad index", lambda f=f: f(BadIdx()))
    t(f.__name__ + " raising index", lambda f=f: f(RaisingIdx()))
    t(f.__name__ + " no args", lambda f=f: f())
    t(f.__name__ + " two args", lambda f=f: f(1, 2))
    t(f.__name__ + " kw", lambda f=f: f(number=1))
print(int(bin(-12345), 0), int(oct(-12345), 0), int(hex(-12345), 0))
print(format(255, "#x"), format(255, "#o"), format(255, "#b"))
