# What the collector counts for cycles of ordinary instances: an instance
# whose attributes were never viewed as a dict is one object; once its
# __dict__ has been asked for, the dict is a second one.
import gc

gc.disable()
gc.collect()

class Node:
    pass

a, b = Node(), Node()
a.partner, b.partner = b, a
del a, b
print("two instances in a cycle:", gc.collect())

c = Node()
c.me = c
del c
print("one self-referencing instance:", gc.collect())

d = Node()
d.me = d
print("its attributes:", sorted(vars(d)))
del d
print("after vars() made its dict:", gc.collect())

ring = [Node() for _ in range(5)]
for left, right in zip(ring, ring[1:] + ring[:1]):
    left.next = right
del ring, left, right
print("ring of five:", gc.collect())

class Pair:
    def __init__(self, first, second):
        self.first = first
        self.second = second

p = Pair(None, None)
p.first = [p]
del p
print("instance and list:", gc.collect())

class Slotted:
    __slots__ = ("other",)

s, t = Slotted(), Slotted()
s.other, t.other = t, s
del s, t
print("slotted pair:", gc.collect())

n = Node()
n.x = 1
print("referents of an instance:", gc.get_referents(n))
n.__dict__
print("after __dict__:", [type(r).__name__ for r in gc.get_referents(n)])

class Holder:
    pass
h = Holder()
h.items = []
h.items.append(h)
h.__class__ = Holder
del h
print("instance after __class__ assignment:", gc.collect())
gc.enable()
