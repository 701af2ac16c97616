# When an object dies its __del__ runs first, then its weak references are
# cleared and their callbacks called; resurrection in __del__ keeps them.
import weakref

log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "ref alive:", wr() is self)


d = D("d")
wr = weakref.ref(d, lambda r: print("callback, ref dead:", r() is None))
del d
print("---")

saved = []


class Phoenix:
    def __del__(self):
        print("__del__ resurrects")
        saved.append(self)


p = Phoenix()
pr = weakref.ref(p, lambda r: print("phoenix callback"))
del p
print("alive again:", pr() is saved[0])
saved.clear()
print("--- second death: __del__ does not run again")


class Slotted:
    __slots__ = ("other", "__weakref__")

    def __del__(self):
        print("slotted __del__", self.other)


s = Slotted()
s.other = "value"
sr = weakref.ref(s, lambda r: print("slotted callback"))
del s
print("---")

# A referent referenced only from a container dies with it.
class Item:
    pass


items = [Item() for _ in range(3)]
refs = [weakref.ref(it, lambda r, i=i: print("item", i, "gone")) for i, it in enumerate(items)]
del items
print("end")
