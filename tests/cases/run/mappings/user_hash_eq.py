# dicts and sets with user-defined __eq__ and __hash__
class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K({self.v})"
d = {K(1): "a", K(2, h=1): "b", K(3, h=1): "c"}
print(d, d[K(2, h=1)], K(3, h=1) in d, K(4, h=1) in d, K(2) in d)
s = {K(1), K(1), K(2, h=1), K(5, h=2**70)}
print(sorted(s, key=lambda k: k.v), K(5, h=2**70) in s, hash(K(5, h=2**70)))
print(hash(K(0, h=-1)), hash(K(0, h=2**64)), hash(K(0, h=-2**64 - 1)), hash(K(0, h=True)))
class IntSub(int):
    pass
print(hash(K(0, h=IntSub(7))), type(K(0, h=IntSub(7)).__hash__()).__name__)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class BadHash:
    def __init__(self, r):
        self.r = r
    def __hash__(self):
        return self.r
err(lambda: hash(BadHash("x")))
err(lambda: hash(BadHash(1.5)))
err(lambda: hash(BadHash(None)))
err(lambda: {BadHash(2.0): 1})
err(lambda: {BadHash([])})
err(lambda: BadHash("s") in {1: 2})
class RaisingHash:
    def __hash__(self):
        raise ZeroDivisionError("hash failed")
err(lambda: {RaisingHash(): 1})
err(lambda: RaisingHash() in {1})
err(lambda: {1: 2}.get(RaisingHash()))
class RaisingEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ArithmeticError("eq failed")
err(lambda: {1: 0, RaisingEq(): 1})
r = RaisingEq()
print({r: 1}[r])  # identity short-cuts __eq__
err(lambda: {1: 0}[RaisingEq()])
err(lambda: {1} | {RaisingEq()})
err(lambda: RaisingEq() in {True})
# __eq__ returning non-bool
class Weird:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        return [] if isinstance(o, Weird) else NotImplemented
print(len({Weird(), Weird()}), len({Weird(), 0}))
class Truthy(Weird):
    def __eq__(self, o):
        return "yes"
    __hash__ = Weird.__hash__
print(len({Truthy(), Truthy()}), Truthy() in {0: 0})
# __eq__ that counts calls
calls = []
class Counted:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        calls.append(("hash", self.n))
        return 42
    def __eq__(self, o):
        calls.append(("eq", self.n, o.n))
        return self.n == o.n
st = set()
for n in range(3):
    st.add(Counted(n))
print(calls)
calls.clear()
print(Counted(1) in st, calls)
# hash is computed once per operation
calls.clear()
dd = {Counted(9): 0}
dd[Counted(9)] = 1
print(len(dd), calls)
