# Weak references to classes, methods, functions and instances with hooks.
import weakref, gc
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class K:
    def m(self): return "m"
r = weakref.ref(K)
print(r() is K, weakref.getweakrefcount(K) >= 1)

def make_class():
    class Temp: pass
    return weakref.ref(Temp)
wr = make_class()
gc.collect()
print(wr())

k = K()
err(lambda: weakref.ref(k.m)())
wm = weakref.WeakMethod(k.m)
print(wm()(), wm() == k.m)
del k
gc.collect()
print(wm())
err(lambda: weakref.WeakMethod(len))
err(lambda: weakref.WeakMethod(lambda: 1))

def fn(): return "fn"
fr = weakref.ref(fn)
print(fr()(), fr() is fn)

# callbacks, proxies
calls = []
class Obj:
    def __init__(self, n): self.n = n
    def double(self): return self.n * 2
o = Obj(4)
ref = weakref.ref(o, lambda r: calls.append("callback"))
p = weakref.proxy(o)
print(p.n, p.double(), type(p).__name__)
del o
gc.collect()
print(calls, ref())
err(lambda: p.n)
err(lambda: p.double())

# proxy of a callable and operator forwarding
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
    def __call__(self, x): return x * self.v
    def __len__(self): return self.v
    def __getitem__(self, i): return i
    def __iter__(self): return iter(range(self.v))
n = Num(3)
pn = weakref.proxy(n)
print(pn + 1, pn(2), len(pn), pn[7], list(pn), callable(pn))
err(lambda: hash(pn))
print(weakref.proxy(n) == weakref.proxy(n), isinstance(pn, Num))

# classes without weakref support
class NoWeak:
    __slots__ = ()
err(lambda: weakref.ref(NoWeak()))
err(lambda: weakref.ref(1))
err(lambda: weakref.ref([]))
err(lambda: weakref.ref("s"))
print(type(weakref.ref(frozenset())).__name__ if False else "skip")

# weak dictionaries keyed by instances with __eq__/__hash__
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
d = weakref.WeakKeyDictionary()
k1 = Key(1)
d[k1] = "one"
print(d[Key(1)], len(d))
del k1
gc.collect()
print(len(d))

# ref subclasses and equality
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag
o2 = Obj(1)
mr = MyRef(o2, tag="t")
print(mr() is o2, mr.tag, mr == weakref.ref(o2), hash(mr) == hash(o2) if False else "")
err(lambda: hash(weakref.ref(Num(1))))
