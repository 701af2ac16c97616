# __slots__: layout, errors, inheritance, __dict__/__weakref__ in slots.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
err(lambda: setattr(p, "z", 3))
err(lambda: p.__dict__)
del p.y
err(lambda: p.y)
err(lambda: delattr(p, "y"))
print(type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
print(repr(Point.x))
err(lambda: Point.x.__get__(1))
err(lambda: Point.x.__set__(1, 2))
print(hasattr(p, "__weakref__"))

class Single:
    __slots__ = "only"
s = Single()
s.only = 5
print(s.only, Single.__slots__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1; w.b = 2
print(w.a, w.__dict__)

class WithWeak:
    __slots__ = ("__weakref__",)
print(hasattr(WithWeak(), "__weakref__"), WithWeak().__weakref__)

try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)

try:
    class BadName:
        __slots__ = ("1x",)
except TypeError as e:
    print("TypeError:", e)

try:
    class BadType:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)

try:
    class TwoDicts:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)

class Parent:
    __slots__ = ("a",)
class Child(Parent):
    __slots__ = ("b",)
c = Child()
c.a = 1; c.b = 2
print(c.a, c.b)
err(lambda: setattr(c, "c", 3))

class FreeChild(Parent):
    pass
fc = FreeChild()
fc.z = 9
print(fc.z, fc.__dict__)

try:
    class IntSlots(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)

class TupleSlots(tuple):
    __slots__ = ()
print(TupleSlots((1, 2)))

try:
    class TupleWithSlot(tuple):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)

class A: __slots__ = ("x",)
class B: __slots__ = ("y",)
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(Private().get(), Private.__slots__, "_Private__secret" in Private.__dict__)

class DictSlots:
    __slots__ = {"a": "doc of a", "b": None}
print(DictSlots.a.__doc__, DictSlots.b.__doc__)

class EmptySlots:
    __slots__ = []
err(lambda: setattr(EmptySlots(), "x", 1))
import sys
print(sys.getsizeof(Point(1, 2)) < sys.getsizeof(FreeChild()) + 100)
