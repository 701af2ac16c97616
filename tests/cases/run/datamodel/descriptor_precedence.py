# Descriptor protocol: data descriptors beat the instance dict, non-data lose.
class Data:
    def __init__(self, tag): self.tag = tag
    def __get__(self, obj, objtype=None):
        return ("data", self.tag, obj is None, objtype.__name__)
    def __set__(self, obj, value):
        obj.__dict__["_" + self.tag] = value

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class GetOnlyWithDelete:
    def __get__(self, obj, objtype=None): return "gd"
    def __delete__(self, obj): print("deleting")

class C:
    d = Data("d")
    n = NonData()
    g = GetOnlyWithDelete()

c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
c.__dict__["g"] = "instance g"
print(c.d, c.n, c.g)
print(C.d, C.n)
c.d = 5
print(c.__dict__["_d"])
del c.g
try:
    del c.d
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.g = 1
except AttributeError as e:
    print("AttributeError:", e)

class SetOnly:
    def __set__(self, obj, value): print("set only", value)
class D:
    s = SetOnly()
d = D()
d.s = 3
print(type(d.s).__name__)
d.__dict__["s"] = "shadow"
print(d.s)

# descriptors only work on the class, not in the instance
class E: pass
e = E()
e.n = NonData()
print(type(e.n).__name__)

# __get__ raising AttributeError falls back to __getattr__
class Raising:
    def __get__(self, obj, objtype=None):
        raise AttributeError("from descriptor")
class F:
    r = Raising()
    def __getattr__(self, name):
        return "getattr fallback for " + name
print(F().r)

# descriptor found on metaclass
class Meta(type):
    meta_attr = Data("meta")
class G(metaclass=Meta): pass
print(G.meta_attr)

# __get__ with wrong signature
class BadGet:
    def __get__(self): return 1
class H:
    b = BadGet()
try:
    H().b
except TypeError as e:
    print("TypeError:", e)

# functions are non-data descriptors
def f(self): return "bound to " + type(self).__name__
class I:
    m = f
i = I()
print(i.m(), f.__get__(i)(), f.__get__(None, I) is f)
i.m = lambda: "shadowed"
print(i.m())
try:
    f.__get__()
except TypeError as e:
    print("TypeError:", e)
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
