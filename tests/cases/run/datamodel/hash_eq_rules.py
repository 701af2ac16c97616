# __hash__ and __eq__: defining __eq__ removes __hash__, inheritance, errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Default: pass
d = Default()
print(hash(d) == hash(d), d == d, d != Default())

class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
err(lambda: hash(EqOnly()))
err(lambda: {EqOnly()})
err(lambda: {EqOnly(): 1})
err(lambda: frozenset([EqOnly()]))

class EqAndHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqAndHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(1) in s)

class Child(EqAndHash):
    def __eq__(self, o): return False
err(lambda: hash(Child(1)))

class ChildKeep(EqAndHash):
    def __eq__(self, o): return False
    __hash__ = EqAndHash.__hash__
print(hash(ChildKeep(5)) == hash(5))

class Explicit:
    __hash__ = None
err(lambda: hash(Explicit()))
print(Explicit.__hash__)

class BadHash:
    def __hash__(self): return "x"
err(lambda: hash(BadHash()))
class FloatHash:
    def __hash__(self): return 1.5
err(lambda: hash(FloatHash()))
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class IntSubHash:
    def __hash__(self):
        class I(int): pass
        return I(7)
print(hash(IntSubHash()))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))

err(lambda: hash([]))
err(lambda: hash({}))
err(lambda: hash((1, [2])))
err(lambda: hash(slice(1, 2)))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))

class ListSub(list): pass
err(lambda: hash(ListSub()))
class HashableList(list):
    def __hash__(self): return 99
print(hash(HashableList()))

class StrSub(str):
    def __eq__(self, o): return super().__eq__(o)
err(lambda: hash(StrSub("a")))
class IntEq(int):
    def __eq__(self, o): return True
err(lambda: hash(IntEq(3)))
print(type(object.__hash__).__name__)
print(Default.__hash__ is object.__hash__)

# mutating hash-keyed object
class Mut:
    def __init__(self): self.h = 1
    def __hash__(self): return self.h
    def __eq__(self, o): return self is o
m = Mut()
dd = {m: "v"}
m.h = 2
print(m in dd, dd.get(m))
