# Truth testing: __bool__, __len__ fallback, errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(not L(0), "yes" if L(2) else "no", [x for x in [L(0), L(1)] if x].__len__())
err(lambda: bool(B(1)))
err(lambda: bool(B("yes")))
err(lambda: bool(B(None)))
err(lambda: bool(L(-1)))
err(lambda: bool(L("3")))
err(lambda: bool(L(2 ** 100)))
err(lambda: len(L(-1)))
err(lambda: len(L(2 ** 100)))
err(lambda: len(L(3.0)))
err(lambda: len(Neither()))
err(lambda: len(5))

class BoolSub(int):
    def __bool__(self): return False
print(bool(BoolSub(5)), BoolSub(5) and "t" or "f")

class IndexLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
err(lambda: len(IndexLen()))
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()), bool(BoolLen()))

class NoneBool:
    __bool__ = None
err(lambda: bool(NoneBool()))
class BoolRaises:
    def __bool__(self): raise RuntimeError("bool failed")
err(lambda: bool(BoolRaises()))
err(lambda: BoolRaises() or 1)
err(lambda: not BoolRaises())
print(bool(0j), bool(0.0), bool(""), bool(()), bool(range(0)), bool(b""), bool(frozenset()))
print(bool(...), bool(NotImplemented) if False else "skip", bool(None), bool(type))

class InstanceBool: pass
i = InstanceBool()
i.__bool__ = lambda: False
print(bool(i))
err(lambda: bool.__new__(int))
err(lambda: bool(1, 2))
err(lambda: bool(x=1))
print(bool(), True + True, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 1).__name__)
err(lambda: type("B", (bool,), {}))
