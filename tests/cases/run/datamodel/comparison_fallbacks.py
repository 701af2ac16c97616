# Rich comparisons: reflection, NotImplemented, identity fallback for ==, messages.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

log = []
class A:
    def __init__(self, n): self.n = n
    def __lt__(self, o): log.append("A.lt"); return NotImplemented
    def __gt__(self, o): log.append("A.gt"); return NotImplemented
    def __eq__(self, o): log.append("A.eq"); return NotImplemented
    def __le__(self, o): log.append("A.le"); return NotImplemented
    def __ge__(self, o): log.append("A.ge"); return NotImplemented
    def __ne__(self, o): log.append("A.ne"); return NotImplemented
class B(A):
    def __gt__(self, o): log.append("B.gt"); return "B.gt"
    def __lt__(self, o): log.append("B.lt"); return "B.lt"
a, b = A(1), B(2)
for expr in ["a < b", "a > b", "b < a", "a <= b", "a == b", "a != b", "a == a", "a != a"]:
    log.clear()
    try:
        r = eval(expr)
        print(expr, "->", r, log)
    except TypeError as e:
        print(expr, "->", e, log)

class C: pass
class D: pass
for expr in ["C() < D()", "C() <= D()", "C() > D()", "C() >= D()", "C() < 1", "1 < C()",
             "'a' < 1", "[] < ()", "None < None", "1j < 2j", "{} < {}", "C() == D()", "C() != D()"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", e)

# __ne__ defaults to inverting __eq__
class E:
    def __eq__(self, o): return "truthy"
print(E() != E(), E() == E())
class F:
    def __eq__(self, o): return NotImplemented
f = F()
print(f == f, f != f, f == F(), f != F())
class G:
    def __eq__(self, o): return 0
print(G() != G())

# bool() of a comparison result raising
class BadBool:
    def __bool__(self): raise ValueError("no truth")
class H:
    def __lt__(self, o): return BadBool()
err(lambda: type(H() < H()).__name__)
err(lambda: not (H() < H()))
err(lambda: type([H()] < [H()]).__name__)
err(lambda: sorted([H(), H()]))
err(lambda: H() < H() < H())

# comparisons in containers use identity first
class Never:
    def __eq__(self, o): return False
nv = Never()
print(nv == nv, [nv] == [nv], nv in [nv], (nv,) == (nv,), {nv: 1}[nv] if False else "skip")
print([Never()] == [Never()])

# total ordering is not automatic
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(1) > OnlyLt(2))
err(lambda: OnlyLt(1) <= OnlyLt(2))
print(sorted([OnlyLt(3), OnlyLt(1)], key=None)[0].v)
print(max(OnlyLt(3), OnlyLt(5)).v)

# object's own slots called directly
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__lt__(1, 2))
print(int.__lt__(1, 2.5), int.__eq__(1, 1.0), float.__eq__(1.0, 1))
err(lambda: int.__lt__("a", 1))
