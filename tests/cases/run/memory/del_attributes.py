# Attribute stores drop the old value at once; deleting an attribute, the
# instance dict, or a slot does too.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Plain:
    pass

p = Plain()
p.x = T("x1")
print("rebind attribute")
p.x = T("x2")
print("delattr")
del p.x
print("setattr / delattr builtins")
setattr(p, "y", T("y1"))
setattr(p, "y", T("y2"))
delattr(p, "y")
print("replace __dict__")
p.a = T("a")
p.b = T("b")
p.__dict__ = {"c": T("c")}
print("clear __dict__")
p.__dict__.clear()
print("class attribute rebinding")
class Holder:
    shared = T("shared1")
Holder.shared = T("shared2")
del Holder.shared

class Slotted:
    __slots__ = ("s", "t")

s = Slotted()
s.s = T("s1")
s.t = T("t1")
print("rebind slot")
s.s = T("s2")
print("delete slot")
del s.t
print("drop the slotted instance")
del s

class Prop:
    def __init__(self):
        self._v = None
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
    @v.deleter
    def v(self):
        self._v = None

q = Prop()
print("property setter")
q.v = T("p1")
q.v = T("p2")
print("property deleter")
del q.v
print("instance with attributes dropped")
r = Plain()
r.first = T("first")
r.second = T("second")
del r
print("module global rebinding")
g = T("g1")
g = T("g2")
globals().pop("g")
print("end")
