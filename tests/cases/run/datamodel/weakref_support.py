# __weakref__ slot and weak references to instances of user classes and built-ins.
import sys

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Node:
    pass
n = Node()
print("__weakref__" in Node.__dict__, n.__weakref__)
class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
print(hasattr(Slotted(), "__weakref__"), SlottedWeak().__weakref__)
try:
    class BadWeak(SlottedWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
class IntSub(int): pass
print(hasattr(IntSub(1), "__weakref__"), hasattr(IntSub, "__weakref__"))
class TupleSub(tuple): pass
print(hasattr(TupleSub(), "__weakref__"))
class ListSub(list): pass
print(hasattr(ListSub(), "__weakref__"))

