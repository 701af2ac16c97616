# mutation from inside callbacks must never crash
victim = [1, 2, 3, 4]
class Clearer:
    def __eq__(self, other):
        victim.clear()
        return False
print(Clearer() in victim, victim)
victim = [1, 2, 3, 4]
print(victim.count(Clearer()), victim)
victim = [1, 2, 3, 4]
try:
    victim.index(Clearer())
except ValueError as e:
    print(type(e).__name__, e)
victim = [1, 2, 3, 4]
try:
    victim.remove(Clearer())
except ValueError as e:
    print(type(e).__name__, e)
class Shrinker:
    def __repr__(self):
        lst.clear()
        return "S"
lst = [Shrinker(), 1, 2]
print(repr(lst), lst)
class Grower:
    def __repr__(self):
        if len(lst2) < 6:
            lst2.append(Grower())
        return "G"
lst2 = [Grower()]
print(repr(lst2), len(lst2))
a = [1, 2, 3]
class EqMut:
    def __eq__(self, other):
        a.clear()
        return True
b = [EqMut(), 2, 3]
print(a == b, b == a, a)
a = [EqMut(), EqMut()]
print(a == [EqMut(), 1], a)
c = [3, 2, 1]
class LtMut:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        c2.clear()
        return self.v < other.v
c2 = [LtMut(2), LtMut(1)]
try:
    c2.sort()
except ValueError as e:
    print(type(e).__name__, e)
print(len(c2))
d = [1, 2, 3]
it = iter(d)
for x in it:
    d.clear()
    print("got", x)
e = [[1], [2]]
class DelOnHash:
    def __hash__(self):
        e.clear()
        return 1
print((DelOnHash(),) in {1: 2} if False else "skip")
t = (1, 2, 3)
class TupEq:
    def __eq__(self, other):
        return NotImplemented
print(TupEq() in t, t.count(TupEq()))
ba = bytearray(b"abc")
class IdxMut:
    def __index__(self):
        ba.clear()
        return 97
print(IdxMut() in ba, ba)
ba = bytearray(b"abc")
try:
    ba[IdxMut() - 96 if False else 0] = IdxMut()
    print(ba)
except IndexError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abcdef")
class ExtendIter:
    def __iter__(self):
        ba.clear()
        yield 120
ba.extend(ExtendIter())
print(ba)
ba = bytearray(b"abc")
def mut_gen():
    yield 1
    ba.extend(b"zz")
    yield 2
ba[1:2] = mut_gen()
print(ba)
