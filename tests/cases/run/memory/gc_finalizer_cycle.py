# PEP 442: objects in a cycle get their __del__ called, then the cycle is
# broken; each finalizer runs once.
import gc
gc.collect()
order = []
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(self.name)
a = A('a'); b = A('b'); c = A('c')
a.next = b; b.next = c; c.next = a
del a, b, c
gc.collect()
print(order)
x = A('x'); x.me = x
print(gc.is_finalized(x))
del x
gc.collect()
print(order)
print(gc.is_finalized(1), gc.is_finalized([]))
