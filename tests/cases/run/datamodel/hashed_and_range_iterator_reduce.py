# dict, set and range iterators reduce for copy/pickle without being advanced.
import copy, pickle
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2, "c": 3}
for make in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()), lambda: reversed(d),
             lambda: reversed(d.items()), lambda: reversed(d.values())):
    it = make()
    next(it)
    red = it.__reduce__()
    print(type(it).__name__, red[0] is iter, red[1], list(it))
    print("  after exhaustion", it.__reduce__()[1], list(copy.copy(it)))

it = iter(d)
next(it)
c = copy.copy(it)
print(list(c), list(it))
print(list(pickle.loads(pickle.dumps(iter(d.items())))))

# mutation during iteration is reported by the reduce too
d2 = {1: 1}
it = iter(d2)
d2[2] = 2
err(lambda: it.__reduce__())

s = {10}
it = iter(s)
print(it.__reduce__()[1], list(copy.copy(it)), list(it), it.__reduce__()[1])
fs = frozenset({5})
print(iter(fs).__reduce__()[1])
s2 = {1}
it = iter(s2)
s2.add(2)
err(lambda: it.__reduce__())

for r in (range(5), range(2, 20, 3), range(10, 0, -2), range(-5, 5), range(0), range(2 ** 64, 2 ** 64 + 6, 2),
          range(-2 ** 63, -2 ** 63 + 4), reversed(range(1, 8, 3))):
    it = iter(r) if isinstance(r, range) else r
    next(it, None)
    red = it.__reduce__()
    print(type(it).__name__, red[0] is iter, red[1], red[2], list(copy.copy(it)), list(it))
    print("  exhausted", it.__reduce__()[1:], list(copy.copy(it)))

for state in (-3, 0, 2, 4, 100):
    it = iter(range(0, 8, 2))
    it.__setstate__(state)
    big = iter(range(2 ** 70, 2 ** 70 + 8, 2))
    big.__setstate__(state)
    rev = reversed(range(4))
    rev.__setstate__(state)
    print(state, list(it), [x - 2 ** 70 for x in big], list(rev))
err(lambda: iter(range(3)).__setstate__("1"))
err(lambda: iter(range(3)).__setstate__(1.0))
print(list(pickle.loads(pickle.dumps(iter(range(3))))))
it = iter(range(10))
for _ in range(4): next(it)
print(list(pickle.loads(pickle.dumps(it))))
