# __reduce__/__setstate__ of the sequence iterators, and copying/pickling them
import copy
import pickle
it = iter(range(10)); next(it); print(it.__reduce__()); it.__setstate__(3); print(it.__reduce__(), list(it), it.__reduce__())
it = iter(range(2**65, 2**65 + 5)); next(it); print(it.__reduce__()); it.__setstate__(2); print(it.__reduce__(), list(it), it.__reduce__())
it = iter(b"abc"); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it = iter(bytearray(b"abc")); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it = reversed([1, 2, 3]); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it = iter((1, 2)); print(it.__reduce__()); list(it); print(it.__reduce__())
it = iter([1, 2]); print(it.__reduce__()); print(it.__setstate__(-5), next(it)); it.__setstate__(10); print(list(it)); print(it.__reduce__())
r = reversed(range(5)); next(r); print(r.__reduce__())
print(iter(int, 1).__reduce__())
for it in (iter([1]), iter((1,)), iter(b"a"), iter(bytearray(b"a")), iter(range(3)), iter(range(2**70)), reversed([1])):
    for st in ("x", 1.5, 2**70, True, -3):
        try:
            print(type(it).__name__, repr(st), it.__setstate__(st))
        except (TypeError, OverflowError) as e:
            print(type(it).__name__, type(e).__name__, e)
class S:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
it = iter(S()); next(it); print(it.__reduce__()[2]); it.__setstate__(-4); print(next(it)); list(it); print(it.__reduce__())
rev = reversed([10, 20, 30])
rev.__setstate__(5)
print(list(rev))
rev = reversed([10, 20, 30])
rev.__setstate__(-7)
print(list(rev))
src = [1, 2, 3, 4]
it = iter(src)
next(it)
dup = copy.copy(it)
print(next(it), next(dup), list(dup), list(it))
deep = copy.deepcopy(iter([[1], [2]]))
print(list(deep))
for obj in (iter([5, 6, 7]), iter((5, 6)), iter(range(3, 9, 2)), iter(b"xyz"), reversed([1, 2]), iter(range(2**64, 2**64 + 2))):
    next(obj)
    clone = pickle.loads(pickle.dumps(obj))
    print(type(clone).__name__, list(clone), list(obj))
calls = iter([1, 2, 3]).__next__
ci = iter(calls, 3)
print(type(ci).__name__, list(pickle.loads(pickle.dumps(iter(range(5))))))
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i * 100
        raise IndexError(i)
    def __reduce__(self):
        return (Seq, (self.n,))
rv = reversed(Seq(4))
print(type(rv).__name__, rv.__reduce__()[0].__name__, rv.__reduce__()[2])
next(rv)
print(rv.__reduce__()[2], list(pickle.loads(pickle.dumps(rv))), list(copy.copy(rv)))
rv.__setstate__(10)
print(rv.__reduce__()[2], list(rv), rv.__reduce__())
rv2 = reversed(Seq(3))
rv2.__setstate__(-9)
print(list(rv2))
for bad in ("x", 2**70):
    try:
        reversed(Seq(2)).__setstate__(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class SubRev(reversed):
    pass
sr = SubRev(Seq(2))
print(sr.__reduce__()[0].__name__, list(sr), sr.__reduce__()[0].__name__, sr.__reduce__()[1])
