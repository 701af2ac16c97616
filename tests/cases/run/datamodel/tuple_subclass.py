# tuple subclasses: named-tuple style records, overrides, results.
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return f"Pair{tuple.__repr__(self)}"
    def __add__(self, o): return "Pair.add"

p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), (0,) + p, p * 2, type(p * 2).__name__, type(p[:]).__name__, p[::-1])
print(p == (1, 2), hash(p) == hash((1, 2)), tuple(p), type(tuple(p)).__name__, list(p), sorted(p))
a, b = p
print(a, b, p.count(1), p.index(2), 2 in p, max(p), {p: "v"}[(1, 2)])
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Pair(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)

class IterOverride(tuple):
    def __iter__(self): return iter(["overridden"])
    def __getitem__(self, i): return "gi"
    def __len__(self): return 7
io = IterOverride((1, 2))
print(list(io), tuple(io), [*io], len(io), io[0], str(io), repr(io), io == (1, 2))
x, y = IterOverride((1, 2)) if False else (1, 2)
def star(*args): return args
print(star(*io), sorted(io), ", ".join(map(str, io)), set(io))
try:
    tuple.__new__(list)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(1)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple([], [])
except TypeError as e:
    print("TypeError:", e)
class T2(tuple):
    def __init__(self, *args): print("init", args)
print(T2([1, 2]), T2.__mro__)
