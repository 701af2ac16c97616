# Rich comparisons, reflection, fallbacks and error messages.
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v})"
    def __lt__(self, o):
        print(f"  {self}.__lt__({o})")
        return self.v < o.v if isinstance(o, P) else NotImplemented
    def __eq__(self, o):
        print(f"  {self}.__eq__({o})")
        return isinstance(o, P) and self.v == o.v

a, b = P(1), P(2)
print(a < b)
print(a > b)
print(a == P(1), a != P(1), a != b)
class Q:
    def __repr__(self): return "Q()"
for expr in ["a < Q()", "Q() > a", "a <= b", "a >= b", "Q() < Q()", "1 < 'a'", "[1] < (1,)",
             "None > None", "{} <= {}", "1j < 2j", "a < 1", "object() >= object()"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)

print(Q() == Q(), Q() != Q(), (q := Q()) == q, q != q)

class Derived(P):
    def __gt__(self, o):
        print(f"  Derived.__gt__")
        return "derived gt"
print(a < Derived(5))

class AlwaysEqual:
    def __eq__(self, o): return True
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), AlwaysEqual() != 1)

class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())

class NotBool:
    def __eq__(self, o): return "not a bool"
print(NotBool() == 1, [NotBool()] == [NotBool()])

class BadBool:
    def __bool__(self): raise ValueError("no truth")
class RetBad:
    def __eq__(self, o): return BadBool()
try:
    [RetBad()] == [RetBad()]
except ValueError as e:
    print("ValueError:", e)
try:
    if RetBad() == 1: pass
except ValueError as e:
    print("ValueError:", e)

# chained comparisons evaluate once
class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print("  lt", self.n, o.n)
        return self.n < o.n
print(Loud(1) < Loud(2) < Loud(3))
print(Loud(3) < Loud(2) < Loud(1))

# identity shortcut in containers
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
try:
    sorted([P(2), Q()])
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(sorted([P(3), P(1), P(2)], key=lambda p: p.v))
