# __del__: when it runs, resurrection, exceptions inside it.
import sys
class Res:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name)

a = Res("a")
del a
print("after del a")
b = Res("b")
b = None
print("after rebinding b")

def scope():
    c = Res("c")
    print("leaving scope")
scope()
print("after scope")

class Raising:
    def __del__(self):
        raise ValueError("in __del__")
r = Raising()
del r
print("after raising del")

saved = []
class Resurrect:
    def __del__(self):
        print("resurrecting")
        saved.append(self)
x = Resurrect()
del x
print(len(saved), type(saved[0]).__name__)
saved.clear()
print("cleared")

lst = [Res("in list 1"), Res("in list 2")]
del lst[0]
print("removed one")
lst.clear()
print("cleared list")

class Chain:
    def __init__(self, n, nxt=None): self.n, self.nxt = n, nxt
    def __del__(self): print("chain del", self.n)
c = Chain(1, Chain(2, Chain(3)))
del c
print("chain gone")
d = {"k": Res("dict value")}
d["k"] = 0
print("replaced in dict")
print(sys.getrefcount(Res) > 1)
