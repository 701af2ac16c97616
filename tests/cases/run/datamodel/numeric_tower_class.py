# A user-defined number type implementing the arithmetic protocol end to end.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError(f"Frac({n}, 0)")
        g = gcd(n, d)
        if d < 0: g = -g
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return Frac(o)
        return None
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}"
    def __add__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return o - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return o / self
    def __pow__(self, e):
        if not isinstance(e, int): return NotImplemented
        return Frac(self.n ** e, self.d ** e) if e >= 0 else Frac(self.d ** -e, self.n ** -e)
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __le__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d <= o.n * self.d
    def __hash__(self): return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0
    def __round__(self, nd=None): return round(float(self), nd)
    def __format__(self, spec): return format(float(self), spec) if spec else str(self)

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, h ** 2, h ** -2, -h, abs(-h), 1 + h, 1 - h, 2 * h, 1 / h)
print(h == Frac(2, 4), h == 1, Frac(2, 2) == 1, h < t, h > t, h <= h, h >= t, sorted([h, t, Frac(0)]))
print(float(h), int(Frac(7, 2)), bool(Frac(0)), round(Frac(2, 3), 3), f"{h}", f"{h:.3f}", hash(Frac(4, 2)) == hash(2))
print(sum([h, t, Frac(1, 6)]), {Frac(1, 2): "half"}[Frac(2, 4)], max(h, t), min([h, t]))
err(lambda: h + 1.0)
err(lambda: 1.0 * h)
err(lambda: h ** h)
err(lambda: Frac(1, 0))
err(lambda: h / 0)
err(lambda: h < "x")
err(lambda: h.x)
err(lambda: setattr(h, "x", 1))
err(lambda: divmod(h, 2))
err(lambda: h % 2)
err(lambda: h @ h)
