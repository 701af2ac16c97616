# gc tracking and weak references around the sequence types
import gc, weakref
class Node:
    pass
n = Node()
r = weakref.ref(n)
lst = [n]
del n
print(r() is not None)
lst.clear()
print(r())
for t in (list, tuple, range, bytes, bytearray, memoryview, slice):
    try:
        weakref.ref(t.__new__(t) if t not in (range, slice, memoryview) else (range(1) if t is range else slice(1) if t is slice else memoryview(b"")))
        print(t.__name__, "weakrefable")
    except TypeError as e:
        print(t.__name__, type(e).__name__, e)
print(gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked(([],)), gc.is_tracked(b""), gc.is_tracked(bytearray()))
print(gc.is_tracked(range(3)), gc.is_tracked(slice(1)), gc.is_tracked(iter([])), gc.is_tracked(iter(range(3))))
a = []
a.append(a)
wr = weakref.ref(Node()) 
del a
print(gc.collect() >= 1)
t = ([],)
t[0].append(t)
del t
print(gc.collect() >= 1)
class Holder:
    pass
h = Holder()
h.seq = [h, (h,), {1: h}]
hr = weakref.ref(h)
del h
gc.collect()
print(hr())
