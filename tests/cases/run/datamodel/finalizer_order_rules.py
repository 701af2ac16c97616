# __del__: when it runs, resurrection, exceptions in it, and cycles.
import gc, sys

class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

a = Noisy("a")
del a
print("after del a")
b = Noisy("b")
b = None
print("after rebinding b")

def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("after scope")

l = [Noisy("in list 1"), Noisy("in list 2")]
del l
print("after list")

d = {"k": Noisy("in dict")}
d.clear()
print("after clear")

# exceptions in __del__ are reported, not raised
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
sys.stderr = sys.stdout
x = Bad()
del x
print("continued after failing __del__")

# resurrection: __del__ runs once
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
p = Phoenix()
del p
print(len(saved))
saved.clear()
print("cleared saved (no second del)")

# cycles are collected by gc; __del__ runs
class Node:
    def __init__(self, name): self.name, self.other = name, None
    def __del__(self): print("node del", self.name)
n1, n2 = Node("n1"), Node("n2")
n1.other, n2.other = n2, n1
del n1, n2
print("before collect")
found = gc.collect()
print("collected", found >= 2)

# __del__ added after creation still runs (looked up on the type)
class Late: pass
lt = Late()
Late.__del__ = lambda self: print("late del")
del lt

# __del__ on instance is ignored
class Inst: pass
i = Inst()
i.__del__ = lambda: print("never")
del i
print("instance __del__ ignored")

# del statement on names, items and attributes
class Holder: pass
h = Holder()
h.attr = Noisy("attr")
del h.attr
print("after del attr")
lst = [Noisy("item0"), Noisy("item1")]
del lst[0]
print("after del item")
del lst[:]
print("after del slice")

# subclass __del__ chaining to super
class Base:
    def __del__(self): print("Base.__del__")
class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()
c = Child()
del c
print("end")
