# Attribute assignment and deletion, slots, properties and read-only attributes.
class Point:
    __slots__ = ("x", "y")

p = Point()
p.x = 1
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin)
try:
    t.kelvin = 5
except AttributeError as e:
    print(e)
try:
    del t.kelvin
except AttributeError as e:
    print(e)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
for target in [1, "s", None, (1,)]:
    try:
        target.attr = 1
    except AttributeError as e:
        print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
def f(): pass
f.custom = "yes"
print(f.custom, f.__dict__)
try:
    int.real = 3
except TypeError as e:
    print(e)
class Plain: pass
Plain.added = 7
print(Plain().added)
setattr(Plain, "other", 8)
print(getattr(Plain, "other"), hasattr(Plain, "nope"))
delattr(Plain, "other")
print(hasattr(Plain, "other"))
