# weakref.ref: calling, death, reuse of the basic reference, the list order
# that getweakrefs() shows.
import weakref


class C:
    pass


c = C()
r = weakref.ref(c)
print(r() is c, r.__callback__)
print(weakref.ref(c) is r, weakref.ref(c, None) is r)
cb = lambda ref: None
r2 = weakref.ref(c, cb)
print(r2 is r, r2.__callback__ is cb, r2() is c)
p = weakref.proxy(c)
print(weakref.proxy(c) is p, weakref.proxy(c, None) is p)
p2 = weakref.proxy(c, cb)
print(p2 is p)
print(weakref.getweakrefcount(c))
order = weakref.getweakrefs(c)
print([x is r for x in order], [x is p for x in order], [x is r2 for x in order], [x is p2 for x in order])
r3 = weakref.ref(c, cb)
print(weakref.getweakrefs(c)[2] is r3)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
print(type(r).__name__, type(p).__name__, type(weakref.proxy(len)).__name__)
print(weakref.ref is weakref.ReferenceType)
del c
print(r(), r2(), weakref.getweakrefs(r))
print(weakref.ref.__module__, weakref.ref.__qualname__, weakref.ref[int])

# The basic reference is dropped when its last holder goes.
d = C()
r = weakref.ref(d)
print(weakref.getweakrefcount(d))
del r
print(weakref.getweakrefcount(d))

# Argument checking.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: weakref.ref())
attempt(lambda: weakref.ref(d, None, 3))
attempt(lambda: weakref.ref(d, callback=None))
attempt(lambda: weakref.ref(d)(1))
attempt(lambda: weakref.ref(d)(x=1))
attempt(lambda: weakref.ref.__init__(weakref.ref(d), 1, 2, 3))
attempt(lambda: weakref.proxy())
attempt(lambda: weakref.proxy(d, None, 3))
attempt(lambda: weakref.proxy(d, callback=None))
attempt(lambda: weakref.getweakrefcount())
attempt(lambda: weakref.getweakrefs(1, 2))
