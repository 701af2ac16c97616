# deque iterators: mutation detection, reversed, reduce, recursive repr,
# comparisons that mutate the deque, subclasses.
from _collections import deque, _deque_iterator, _deque_reverse_iterator
import copy

d = deque("abcd")
it = iter(d)
print(next(it), it.__length_hint__(), list(it), type(it).__name__, type(reversed(d)).__name__)
r = reversed(d)
next(r)
print(list(r), r.__length_hint__())
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1, 2, 3])
for x in d:
    d[0] = 5
print(d)
it = iter(deque("xyz"))
next(it)
cls, args = it.__reduce__()
print(cls.__name__, args[1], list(cls(*args)), list(_deque_iterator(deque("pqr"), 2)), list(_deque_reverse_iterator(deque("pqr"), 1)))
print(deque([1, 2]).__reduce__()[:3], deque([1, 2], 5).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3]))
print(copy.copy(deque([1, [2]], maxlen=4)))

class Clearing:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
for method in ("remove", "index", "count", "__contains__"):
    d = deque()
    d.extend([Clearing(d), 1])
    try:
        print(getattr(d, method)(1))
    except (IndexError, RuntimeError) as e:
        print(method, type(e).__name__, e)

rec = deque([1])
rec.append(rec)
print(rec, repr(deque([deque([1])])))

class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=5)
md.tag = "t"
print(repr(md), type(md.copy()).__name__, md.copy().maxlen, type(md + md).__name__, md.__reduce__()[2])
print(isinstance(md, deque), MyDeque.__mro__[1].__module__, deque.__module__, deque.__name__)

big = deque(range(100000))
big.rotate(12345)
print(big[0], big[-1], big[50000], sum(big))
for _ in range(50000):
    big.popleft()
    big.append(0)
print(len(big), big[0], big[-1])
