# sys.getsizeof and __sizeof__ of user classes, slotted classes and built-in subclasses.
import sys
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Plain: pass
class Derived(Plain): pass
class DerivedSlots(Plain): __slots__ = ("x", "y")
class OneSlot: __slots__ = ("a",)
class NoSlots: __slots__ = ()
class WeakOnly: __slots__ = ("__weakref__",)
class DictOnly: __slots__ = ("__dict__",)
class Everything: __slots__ = ("__dict__", "__weakref__", "q")
class I(int): pass
class F(float): pass
class C(complex): pass
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class SetSub(set): pass
class FrozenSub(frozenset): pass
class E(Exception): pass
class ESlots(Exception): __slots__ = ("a",)
class Three: __slots__ = ("a", "b", "c")

samples = [Plain(), Derived(), DerivedSlots(), OneSlot(), NoSlots(), WeakOnly(), DictOnly(), Everything(),
           I(1), I(2 ** 70), F(1.0), C(1j), L(), D(), D(a=1), T(), T((1, 2)), S("ab"), S("é"), S("€x"),
           B(b"ab"), BA(b"ab"), SetSub(), SetSub(range(10)), FrozenSub(), E(), ESlots(), Three(),
           object(), 1, 2.0, [], {}, (), "ab", b"ab", bytearray(b"ab"), set(), frozenset(), Exception()]
for o in samples:
    print(f"{type(o).__name__:12} getsizeof={sys.getsizeof(o):4} __sizeof__={o.__sizeof__():4}")
for o in [Plain(), F(1.0), C(1j), T((1,)), B(b"x"), E(), Three(), BA()]:
    print(type(o).__name__, object.__sizeof__(o))
print(sys.getsizeof(Plain()) == sys.getsizeof(Derived()), sys.getsizeof(Plain()) > sys.getsizeof(NoSlots()))

class Custom:
    def __init__(self, n): self.n = n
    def __sizeof__(self): return self.n
class CustomSlots:
    __slots__ = ("n",)
    def __init__(self, n): self.n = n
    def __sizeof__(self): return self.n
print(sys.getsizeof(Custom(10)), sys.getsizeof(Custom(0)), sys.getsizeof(CustomSlots(10)))
err(lambda: sys.getsizeof(Custom(-1)))
err(lambda: sys.getsizeof(Custom("x")))
err(lambda: sys.getsizeof(Custom(2 ** 70)))
err(lambda: sys.getsizeof(Custom(1.5)))
class IndexOnly:
    def __index__(self): return 3
err(lambda: sys.getsizeof(Custom(IndexOnly())))
print(sys.getsizeof(Custom(True)))
class NoneSizeof:
    __sizeof__ = None
err(lambda: sys.getsizeof(NoneSizeof()))
print(sys.getsizeof(NoneSizeof(), "fallback"), sys.getsizeof(Custom(-1), "not used for ValueError") if False else "")
err(lambda: sys.getsizeof(Custom(-1), 0))
err(lambda: sys.getsizeof())
