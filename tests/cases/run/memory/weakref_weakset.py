# WeakSet: members vanish when they die.
import weakref


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"M({self.n})"


items = [M(i) for i in range(5)]
s = weakref.WeakSet(items)
print(len(s), items[0] in s, M(0) in s, 1 in s)
del items[0]
print(len(s), sorted(m.n for m in s))
s.discard(items[0])
print(len(s))
s.remove(items[1])
try:
    s.remove(items[1])
except KeyError:
    print("KeyError")
t = weakref.WeakSet(items[2:])
print(len(s | t), len(s & t), len(s - t), len(t - s), len(s ^ t))
print(s <= (s | t), s == weakref.WeakSet(list(s)), s.isdisjoint(weakref.WeakSet()))
c = s.copy()
print(type(c).__name__, len(c))
popped = s.pop()
print(popped in items, len(s))
items.clear()
del popped
print(len(s), len(t), len(c), list(t))
s.add(M(7))
print(len(s))
try:
    s.add(3)
except TypeError as e:
    print("TypeError", e)
