# sys.getrefcount as a value travels through calls: positional and keyword
# arguments, *args tuples, **kwargs dicts, defaults, return values.
import sys

class Obj:
    pass

o = Obj()
base = sys.getrefcount(o)
print("base", base - base)

def positional(x):
    return sys.getrefcount(x) - base

def star(*args):
    return sys.getrefcount(args[0]) - base

def keywords(**kw):
    return sys.getrefcount(kw["x"]) - base

def default(x=o):
    return sys.getrefcount(x) - base

print("positional", positional(o))
print("star", star(o))
print("star from tuple", star(*(o,)))
print("keywords", keywords(x=o))
print("keywords from dict", keywords(**{"x": o}))
print("default", default())
print("after calls", sys.getrefcount(o) - base)

def identity(x):
    return x

r = identity(o)
print("returned and bound", sys.getrefcount(o) - base)
del r
print("name deleted", sys.getrefcount(o) - base)

def keep(x, store=[]):
    store.append(x)
    return len(store)

keep(o)
keep(o)
print("stored twice in a default list", sys.getrefcount(o) - base)
keep.__defaults__[0].clear()
print("default list cleared", sys.getrefcount(o) - base)

lam = lambda: o
print("lambda reads a global", sys.getrefcount(o) - base)

def make_closure(v):
    def inner():
        return v
    return inner

c = make_closure(o)
print("captured in a cell", sys.getrefcount(o) - base)
del c
print("closure dropped", sys.getrefcount(o) - base)

m = map(identity, [o, o])
print("list inside map", sys.getrefcount(o) - base)
first = next(m)
print("one produced", sys.getrefcount(o) - base)
del m, first
print("map dropped", sys.getrefcount(o) - base)

class Holder:
    def method(self, value):
        return sys.getrefcount(value) - base

h = Holder()
print("method argument", h.method(o))
bound = h.method
hb = sys.getrefcount(h)
del bound
print("bound method released the instance", hb - sys.getrefcount(h))
