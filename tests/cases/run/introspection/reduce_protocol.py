class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
r = p.__reduce_ex__(2)
print(r[0].__name__, r[1][0] is Point, r[2])
r0 = p.__reduce_ex__(0)
print(r0[0].__name__, r0[1][0] is Point, r0[2])
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slots()
print(s.__reduce_ex__(2)[2], Slots.__slotnames__)
print(p.__getstate__(), object().__getstate__() if hasattr(object(), "__getstate__") else None)
class Custom:
    def __getnewargs__(self):
        return (42,)
    def __new__(cls, *args):
        return super().__new__(cls)
print(Custom().__reduce_ex__(2)[1][1:])
print([1, 2].__reduce_ex__(2)[0].__name__, list[int].__reduce__()[0].__name__)
try:
    object.__reduce_ex__(p, -1)
    print("negative protocol ok")
except Exception as e:
    print(type(e).__name__, e)
