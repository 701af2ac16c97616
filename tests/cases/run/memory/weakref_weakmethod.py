# WeakMethod keeps a bound method alive only as long as its object.
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


c = C(3)
m = c.get
print(weakref.ref(m)(), "(a bound method dies at once)")
wm = weakref.WeakMethod(c.get)
print(wm()(), wm() == c.get, wm() is c.get)
wm2 = weakref.WeakMethod(c.get)
print(wm == wm2, hash(wm) == hash(wm2))
calls = []
wm3 = weakref.WeakMethod(c.get, lambda r: calls.append(r is wm3))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
del m
del c
print(wm(), wm2(), calls, wm == wm2)


class D:
    def f(self):
        pass


d = D()
w = weakref.WeakMethod(d.f)
del D.f
print(w() is not None)
