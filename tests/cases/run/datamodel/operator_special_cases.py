# Sequence repetition and concatenation via __mul__/__rmul__, __index__, and operator corner cases.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Idx:
    def __index__(self): return 2
print("ab" * Idx(), Idx() * [1], (0,) * Idx(), b"x" * Idx(), bytearray(b"y") * Idx())
err(lambda: "ab" * 1.5)
err(lambda: [1] * "2")
err(lambda: "a" * "b")
err(lambda: [1] * (2 ** 100))
err(lambda: "a" + 1)
err(lambda: 1 + "a")
err(lambda: [1] + "a")
err(lambda: (1,) + [2])
err(lambda: {1} + {2})
err(lambda: {} + {})
err(lambda: None * 2)
err(lambda: 1 / 0)
err(lambda: 1 // 0.0)
err(lambda: 1 % 0j)
err(lambda: [] - [])
err(lambda: "a" - "b")
err(lambda: "%s %s" % (1,))
err(lambda: "%d" % "s")
err(lambda: "%z" % 1)
err(lambda: 1 << -1)
err(lambda: 1 >> -1)
err(lambda: 1.5 << 1)
err(lambda: 1 & 1.5)
err(lambda: ~1.0)
err(lambda: 2 @ 3)
err(lambda: 1 < None)
err(lambda: [1] < [None])
err(lambda: (1, "a") < (1, 2))
print(True * "ab", [1, 2] * 0, [1] * -1, "ab" * False, 3 * (1,))

class MulOnly:
    def __mul__(self, o): return "MulOnly.mul"
print(MulOnly() * 3, MulOnly() * "x")
err(lambda: 3 * MulOnly())
class RMul:
    def __rmul__(self, o): return f"rmul with {o!r}"
print([1] * RMul(), "s" * RMul(), 2 * RMul())
class SeqWithRmul(list):
    def __rmul__(self, o): return "subclass rmul"
print(3 * SeqWithRmul([1]), [1] * 2)
print(1 + True, True + True, 1.5 + True, 1j * True, (3).__add__(1.0), (3).__radd__(1), (3.0).__radd__(1))
print(int.__add__(1, True), int.__add__(True, True), type(int.__add__(True, True)).__name__)
print((1).__truediv__(0.5), (1).__mul__("x"), (1.0).__mul__([]))
