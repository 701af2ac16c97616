# Special methods are looked up on the type, not the instance (implicit invocation).
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C: pass
c = C()
c.__len__ = lambda: 5
c.__getitem__ = lambda i: i
c.__iter__ = lambda: iter([1])
c.__repr__ = lambda: "instance repr"
c.__add__ = lambda o: "instance add"
c.__hash__ = lambda: 1
c.__eq__ = lambda o: True
print(c.__len__(), c.__getitem__(3))
err(lambda: len(c))
err(lambda: c[0])
err(lambda: iter(c))
err(lambda: c + 1)
print(repr(c).startswith("<__main__.C object"), c == C(), hash(c) != 1 or "maybe")

# assigning special methods to the class after creation updates the slots
class D: pass
d = D()
err(lambda: len(d))
D.__len__ = lambda self: 3
print(len(d))
D.__getitem__ = lambda self, i: i * 2
print(d[4])
del D.__len__
err(lambda: len(d))
D.__add__ = lambda self, o: "added"
print(d + 1)
D.__radd__ = lambda self, o: "radded"
print(1 + d)
D.__iter__ = lambda self: iter("xy")
print(list(d))
D.__bool__ = lambda self: False
print(bool(d))
D.__call__ = lambda self: "called"
print(d())
D.__repr__ = lambda self: "D!"
print(d, [d])
D.__eq__ = lambda self, o: "eq"
print(d == 1)
D.__hash__ = None
err(lambda: hash(d))

# changing a base class updates subclasses
class Base: pass
class Derived(Base): pass
x = Derived()
Base.__neg__ = lambda self: "neg from base"
print(-x)
Derived.__neg__ = lambda self: "neg from derived"
print(-x)
del Derived.__neg__
print(-x)
del Base.__neg__
err(lambda: -x)

class Meta(type):
    def __len__(cls): return 10
    def __getitem__(cls, k): return f"meta item {k}"
    def __iter__(cls): return iter("ab")
class WithMeta(metaclass=Meta): pass
print(len(WithMeta), WithMeta[1], list(WithMeta))
err(lambda: len(WithMeta()))
