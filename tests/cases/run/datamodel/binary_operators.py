# Every binary operator special method, reflected forms and NotImplemented.
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
for name, op in [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
                 ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"),
                 ("or", "|"), ("xor", "^"), ("matmul", "@"), ("divmod", "divmod")]:
    def fwd(self, other, _n=name):
        if isinstance(other, (int, Num)):
            return f"{_n}({self!r}, {other!r})"
        return NotImplemented
    def rev(self, other, _n=name):
        if isinstance(other, int):
            return f"r{_n}({self!r}, {other!r})"
        return NotImplemented
    setattr(Num, f"__{name}__", fwd)
    setattr(Num, f"__r{name}__", rev)

a = Num(1)
print(a + 2, 2 + a, a - 2, 2 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a // 2, 2 // a, a % 2, 2 % a, a ** 2, 2 ** a, a << 2, 2 << a)
print(a >> 2, 2 >> a, a & 2, 2 & a, a | 2, 2 | a, a ^ 2, 2 ^ a, a @ 2, 2 @ a)
print(divmod(a, 2), divmod(2, a), a + a)

class Other: pass
o = Other()
for expr in ["a + o", "o + a", "a - o", "o * a", "a / o", "o // a", "a % o", "o ** a",
             "a << o", "o >> a", "a & o", "o | a", "a ^ o", "o @ a", "divmod(a, o)",
             "o + 1", "1 - o", "'s' * o", "[1] + o", "o + 'x'", "None + 1", "1 < o"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)

try:
    pow(a, 2, 3)
except TypeError as e:
    print("TypeError:", e)

class Ternary:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
t = Ternary()
print(pow(t, 2, 5), t ** 3, 2 ** t)
try:
    pow(2, t, 5)
except TypeError as e:
    print("TypeError:", e)

# subclass reflected method takes priority
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base())
class Same(Base): pass
print(Base() + Same())

# returning NotImplemented from both sides
class Never:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Never() + Never()
except TypeError as e:
    print("TypeError:", e)

# non-callable special method set to None
class NoneAdd:
    __add__ = None
try:
    NoneAdd() + 1
except TypeError as e:
    print("TypeError:", e)

class Str(str): pass
print(repr("a" + Str("b")), type("a" + Str("b")).__name__)
