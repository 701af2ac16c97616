# The collector clears weak references to cyclic garbage before finalizers
# run, calls the callbacks of references that survive, and never those of
# references that are garbage themselves.
import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name, "ref alive:", probe() is not None)


def report(wr):
    print("callback for a dead referent:", wr() is None)


a, b = Node("a"), Node("b")
a.other, b.other = b, a
probe = weakref.ref(a, report)
del a, b
print("collected", gc.collect() >= 2)

# A weak reference inside the garbage: its callback never runs.
class Holder:
    pass


h = Holder()
h.self = h
h.ref = weakref.ref(h, lambda r: print("never printed"))
del h
print("collected", gc.collect() >= 2)

# A callback may make new objects and drop the reference itself.
keep = {}
c = Node("c")
c.other = c
keep["r"] = weakref.ref(c, lambda r: keep.pop("r") and print("callback popped itself"))
del c
gc.collect()
print(keep)

# WeakValueDictionary entries vanish when their cyclic values are collected.
wvd = weakref.WeakValueDictionary()
for name in "xyz":
    n = Node(name)
    n.other = n
    wvd[name] = n
del n
print(sorted(wvd))
gc.collect()
print(sorted(wvd))
