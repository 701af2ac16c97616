# round(), math-free truncation via __round__, __trunc__, __floor__, __ceil__ and divmod.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class R:
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
print(round(R()), round(R(), 2), round(R(), None), R().__trunc__(), R().__floor__(), R().__ceil__())

class NoRound: pass
err(lambda: round(NoRound()))
err(lambda: round(NoRound(), 1))
err(lambda: round(1.5, "x"))
err(lambda: round("x"))
err(lambda: round())
err(lambda: round(1, 2, 3))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(125, -1), round(135, -1), round(1e300, -300))
print(round(2.675, 2), round(5, None), type(round(5.0)).__name__, type(round(5.0, 0)).__name__, round(-7, -1))
err(lambda: round(float("inf")))
err(lambda: round(float("nan")))
print(round(float("inf"), 1), round(float("nan"), 0))
print((3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__(), (5).__floor__(), (5).__round__(-1), (2.5).__round__())
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2))
err(lambda: divmod(1, 0))
err(lambda: divmod(1.0, 0))
err(lambda: 5 % 0)
err(lambda: 5.0 // 0)
err(lambda: 0 ** -1)
err(lambda: 0.0 ** -1)
print((-8) ** (1 / 3) == complex(1.0000000000000002, 1.7320508075688772), 2 ** -1, (-2) ** 2, pow(2, -1, 5))
err(lambda: pow(2, -1, 4))
err(lambda: pow(2.0, 2, 5))
err(lambda: pow(2, 2, 0))
class RoundSub(float):
    def __round__(self, n=None): return "sub round"
print(round(RoundSub(1.5)), round(RoundSub(1.5), 1))
