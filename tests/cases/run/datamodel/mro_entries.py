# __mro_entries__ in class statements, __orig_bases__, and errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Real: pass
class Alias:
    def __init__(self, target): self.target = target
    def __mro_entries__(self, bases):
        print("  mro_entries", [type(b).__name__ for b in bases])
        return (self.target,)
class C(Alias(Real)): pass
print(C.__bases__, C.__orig_bases__[0].target is Real)
class Multi:
    def __mro_entries__(self, bases): return (Real, dict)
class D(Multi(), int if False else object): pass
print([b.__name__ for b in D.__bases__])
class Empty:
    def __mro_entries__(self, bases): return ()
class E(Empty()): pass
print(E.__bases__, E.__orig_bases__)
class NotTuple:
    def __mro_entries__(self, bases): return [Real]
try:
    class F(NotTuple()): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(5): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H("abc"): pass
except TypeError as e:
    print("TypeError:", e)
err(lambda: type("I", (Alias(Real),), {}))
class J(list[int]): pass
print(J.__bases__, J.__orig_bases__, J([1]))
class K(Real): pass
print(hasattr(K, "__orig_bases__"))
try:
    class L(None): pass
except TypeError as e:
    print("TypeError:", e)
def f(): pass
try:
    class M(f): pass
except TypeError as e:
    print("TypeError:", e)
