# range construction, len, repr, attributes, errors
for args in ((5,), (2, 8), (2, 8, 3), (10, 0, -2), (0,), (-5,), (5, 5), (5, 0), (0, 10, -1), (1, 2, 10)):
    r = range(*args)
    print(repr(r), len(r), list(r), r.start, r.stop, r.step, bool(r))
for bad in ((), (1, 2, 3, 4), (1.0,), ("1",), (1, 2.0), (None,), (1, 2, 0), (0, 0, 0)):
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
r = range(Idx(1), Idx(10), Idx(4))
print(r, list(r), type(r.start).__name__)
print(range(True), range(False, True))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[-3])
for i in (7, -8, 2**80):
    try:
        r[i]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ("0", 1.0, None):
    try:
        r[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    range.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Sub(range):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(range(3)).__name__, type(iter(range(3))).__name__, type(iter(range(2**70))).__name__)
print(range(3).__reversed__().__class__.__name__, iter(range(5)).__length_hint__())
it = iter(range(5))
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(sum(range(101)), max(range(-5, 5)), min(range(5, 0, -1)), sorted(range(3, 0, -1)))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
print(list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13))))
print(range(5).__len__(), range(0, -3, -1).__len__())
