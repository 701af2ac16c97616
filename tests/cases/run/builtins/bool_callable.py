# bool() conversions and callable() over many kinds of objects.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for v in [0, 1, -1, 0.0, 1e-300, 0j, 1j, "", " ", b"", bytearray(b"x"), [], [0], (), {}, {0: 0},
          set(), frozenset([0]), range(0), range(3), None, NotImplemented.__class__, Ellipsis]:
    print(repr(v), bool(v))
print(bool(), bool(x for x in []), bool(object()), bool(type))

class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __bool__(self): return False
    def __len__(self): return 1
print(bool(L(0)), bool(L(3)), bool(B()))
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class WrongBool:
    def __bool__(self): return 1
t("bool neg len", lambda: bool(BadLen()))
t("bool big len", lambda: bool(BigLen()))
t("bool wrong type", lambda: bool(WrongBool()))
t("bool kw", lambda: bool(x=1))
t("bool two args", lambda: bool(1, 2))
t("bool subclass", lambda: type("MyBool", (bool,), {}))
print(True + True, True * 10, -True, ~True, True & False, True | 0, type(True & True).__name__)
print(repr(True), str(False), int(True), float(False), True == 1, hash(True))

class C:
    def __call__(self): pass
    def m(self): pass
class D: pass
d = D()
d.__call__ = lambda: 1
import functools
for obj in [len, print, C, C(), C().m, D(), d, 1, "s", lambda: 0, functools.partial(int),
            type, object(), staticmethod(len), classmethod(len), int.__add__, (1).__add__, None]:
    print(type(obj).__name__, callable(obj))
t("callable no args", lambda: callable())
t("callable kw", lambda: callable(obj=1))
