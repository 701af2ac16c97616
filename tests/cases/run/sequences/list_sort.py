# list.sort: stability, key, reverse, errors
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
d = data.copy(); d.sort(key=lambda p: p[0]); print(d)
d = data.copy(); d.sort(key=lambda p: p[0], reverse=True); print(d)
d = data.copy(); d.sort(reverse=True); print(d)
d = data.copy(); d.sort(key=None); print(d)
words = "The quick Brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0))
print(sorted([]), sorted([1]), sorted("cba"), sorted((3, 2, 1)), sorted({3: 0, 1: 0}))
print(sorted(x * x for x in range(-3, 3)))
print(sorted(range(10), key=lambda v: v % 3))
print(sorted([1.5, 1, True, 0.5, False]))
try:
    [].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([2, 1], reverse="yes")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([2, 1], reverse=2.0 if False else 1))
for mixed in ([1, "a"], ["a", 1], [1, None], [(1, 2), (1, "x")], [[1], (1,)], [1j, 2j], [{1}, 2]):
    try:
        print(sorted(mixed))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([{1, 2}, {1}, {3}]))

class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ArithmeticError("cannot compare 3")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
items = [Boom(v) for v in (5, 1, 4, 3, 2)]
try:
    items.sort()
except ArithmeticError as e:
    print(type(e).__name__, e)
print(sorted(items, key=lambda b: -b.v))
print(len(items), sorted(set(b.v for b in items)))

def bad_key(v):
    if v == 2:
        raise LookupError("key of 2")
    return v
ks = [3, 2, 1]
try:
    ks.sort(key=bad_key)
except LookupError as e:
    print(type(e).__name__, e, ks)

victim = [3, 2, 1, 5, 4]
def mutating_key(v):
    victim.append(v)
    return v
try:
    victim.sort(key=mutating_key)
except ValueError as e:
    print(type(e).__name__, e)
print(victim)

inside = []
class Peek:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        inside.append(len(target))
        return self.v < other.v
target = [Peek(2), Peek(1)]
target.sort()
print(inside, [p.v for p in target])

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print([o.v for o in sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)])])
print(list.sort.__name__, sorted.__name__, [5, 4].sort() is None)
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], big == sorted(big))
