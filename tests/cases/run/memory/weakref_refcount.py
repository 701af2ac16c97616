# Weak references do not count: sys.getrefcount is unchanged by them.
import sys
import weakref


class C:
    pass


c = C()
before = sys.getrefcount(c)
r = weakref.ref(c)
p = weakref.proxy(c)
rs = [weakref.ref(c, lambda x: None) for _ in range(3)]
print(sys.getrefcount(c) - before)
obj = r()
print(sys.getrefcount(c) - before)
del obj
print(sys.getrefcount(c) - before)

# The basic reference is shared: its own count grows with each ref(c).
base = sys.getrefcount(r)
again = weakref.ref(c)
print(sys.getrefcount(r) - base, again is r)

# A callback is owned by its reference until called.
def cb(ref):
    pass


n = sys.getrefcount(cb)
w = weakref.ref(c, cb)
print(sys.getrefcount(cb) - n)
del c
print(sys.getrefcount(cb) - n, w.__callback__)
