# The repr of weak references and proxies, alive and dead.
import weakref


class C:
    pass


class Named:
    __name__ = "custom"


class BadName:
    __name__ = 42


def f():
    pass


c = C()
for obj in (c, C, f, Named(), BadName()):
    print(repr(weakref.ref(obj)))
print(repr(weakref.proxy(c)))
print(repr(weakref.proxy(f)))
r = weakref.ref(c)
p = weakref.proxy(c)
del c
print(repr(r))
print(repr(p))
