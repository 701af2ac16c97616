import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print("one name:        ", sys.getrefcount(p))  # p, and getrefcount's argument
q = p
print("two names:       ", sys.getrefcount(p))
points = [p, p, p]
print("+ three in a list:", sys.getrefcount(p))
holder = Point(p, None)
print("+ an attribute:  ", sys.getrefcount(p))
del points, holder, q
print("back to one name:", sys.getrefcount(p))


def look(obj):
    # the caller's argument slot and this frame's local both count
    return sys.getrefcount(obj)


print("inside a call:   ", look(p))
