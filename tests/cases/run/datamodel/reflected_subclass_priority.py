# Binary operators: reflected methods, NotImplemented, subclass-first rule.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

log = []
def make(name, base=object, handles=True):
    def binop(opname):
        def op(self, other):
            log.append(f"{name}.{opname}")
            return f"{name}.{opname}" if handles else NotImplemented
        return op
    ns = {}
    for op in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
               "lshift", "rshift", "and", "xor", "or"):
        ns[f"__{op}__"] = binop(op)
        ns[f"__r{op}__"] = binop("r" + op)
    return type(name, (base,), ns)

A = make("A")
B = make("B", A)
N = make("N", handles=False)
M = make("M", N, handles=False)
a, b, n, m = A(), B(), N(), M()
import operator
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("@", operator.matmul),
       ("/", operator.truediv), ("//", operator.floordiv), ("%", operator.mod),
       ("divmod", divmod), ("**", operator.pow), ("<<", operator.lshift),
       (">>", operator.rshift), ("&", operator.and_), ("^", operator.xor), ("|", operator.or_)]
for sym, fn in ops:
    log.clear()
    r1 = fn(a, b)
    r2 = fn(b, a)
    print(sym, r1, r2, log)
for sym, fn in ops:
    log.clear()
    err(lambda: fn(n, m))
    print(" tried", log)

# subclass that does not override the reflected method: left goes first
class Plain(A): pass
log.clear()
print(a + Plain(), log)
class OnlyReflect(A):
    def __radd__(self, other):
        return "OnlyReflect.radd"
print(a + OnlyReflect(), OnlyReflect() + a)

# same type: reflected is never tried
class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "never"
err(lambda: Same() + Same())

# ints and user objects
class Num:
    def __radd__(self, o): return f"radd({o!r})"
    def __rpow__(self, o, mod=None): return f"rpow({o!r},{mod!r})"
    def __rsub__(self, o): return f"rsub({o!r})"
print(1 + Num(), 2.5 + Num(), "s" + Num(), [1] + Num(), 2 ** Num(), 3 - Num())
err(lambda: pow(2, Num(), 5))
err(lambda: Num() + 1)

# int subclass overriding __radd__ wins over int.__add__
class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
    def __rsub__(self, o): return "MyInt.rsub"
print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(1), True + MyInt(1))
class MyFloat(float):
    def __rmul__(self, o): return "MyFloat.rmul"
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2)

# error messages for unsupported operand types
for sym, fn in ops:
    err(lambda: fn(a.__class__.__mro__, None))
err(lambda: pow(1, 2, None.__class__))
err(lambda: divmod("a", 1))
err(lambda: -object())
err(lambda: ~1.5)
