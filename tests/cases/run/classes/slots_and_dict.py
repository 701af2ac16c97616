class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, "y"), hasattr(s, "__dict__"), Slotted.__slots__, type(Slotted.x).__name__)
try:
    s.z = 1
except AttributeError as e:
    print(e)
try:
    s.y
except AttributeError as e:
    print(e)
class WithDict(Slotted):
    pass
w = WithDict()
w.z = 3
print(w.__dict__, w.x)
class SlotsWithDict:
    __slots__ = ("a", "__dict__")
sd = SlotsWithDict()
sd.a = 1
sd.b = 2
print(sd.__dict__, sd.a)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(e)
class StrSlot:
    __slots__ = "single"
print(StrSlot.__slots__, hasattr(StrSlot, "single"))
class Empty:
    __slots__ = ()
try:
    Empty().attr = 1
except AttributeError as e:
    print(e)
try:
    class MultiLayout(Slotted, StrSlot):
        pass
except TypeError as e:
    print(e)
class Weak:
    __slots__ = ("__weakref__",)
print("__weakref__" in dir(Weak))
print(Slotted.__dict__["x"].__name__, Slotted.__dict__["x"].__objclass__.__name__)
