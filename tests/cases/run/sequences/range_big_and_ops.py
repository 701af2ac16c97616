# range with huge bounds, membership, index, count, slicing, equality, hashing
big = range(2**100)
print(big[-1] == 2**100 - 1, big[2**99] == 2**99, 2**99 in big, -1 in big, 2**100 in big)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(big.__len__.__name__, big.index(12345), big.count(2**64), big.count(-1))
print(big[::2**98], big[2**99:][:3])
print(reversed(big).__next__() == 2**100 - 1)
try:
    big.index(-5)
except ValueError as e:
    print(type(e).__name__, e)
r = range(3, 30, 4)
print(7 in r, 8 in r, 7.0 in r, 8.0 in r, True in range(2), "3" in r, None in r)
print(r.index(11), r.count(11), r.count(12), r.count(11.0), r.count("x"))
for v in (12, 30, -1, 11.5, "11"):
    try:
        r.index(v)
    except ValueError as e:
        print(type(e).__name__, e)
class Eq11:
    def __eq__(self, other):
        return other == 11
    __hash__ = None
print(Eq11() in r, r.count(Eq11()), r.index(Eq11()))
class IntSub(int):
    pass
print(IntSub(15) in r, r.index(IntSub(15)))
slices = [slice(None), slice(2, None), slice(None, -2), slice(None, None, -1), slice(1, 5, 2),
          slice(-100, 100), slice(5, 1, -2), slice(None, None, 3), slice(10, 20)]
for s in slices:
    sub = r[s]
    print(s, sub, list(sub))
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0) == range(3, 1), range(1, 2) == range(1, 3, 5))
print(range(0, 10, 2) == range(0, 9, 2), range(0, 10, 2) == range(0, 10, 3), range(3) == [0, 1, 2])
print(range(3) != range(3), range(3) == range(0, 3, 1), range(2) is not range(2))
print(hash(range(0)) == hash(range(4, 2)), hash(range(1, 2)) == hash(range(1, 3, 4)), hash(range(5)) == hash(range(0, 5)))
print(len({range(0), range(1, 1), range(3), range(0, 3)}))
for op in ("<", "<=", ">", ">="):
    try:
        eval("range(1) %s range(2)" % op)
    except TypeError as e:
        print(type(e).__name__, e)
neg = range(10, -10, -3)
print(list(neg), neg.index(-5), -5 in neg, -6 in neg, neg[1:4], neg[::-2], len(neg))
print(range(-2**70, 2**70, 2**69), len(range(-2**70, 2**70, 2**69)))
print(range(10)[True], range(10)[2:8][1:3], range(10)[::-1][::-1])
