# Truth testing: __bool__, __len__, their result checks and fallbacks.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class BoolInt:
    def __bool__(self): return 1
class BoolNone:
    def __bool__(self): return None
class BoolSub:
    def __bool__(self): return False
class LenNeg:
    def __len__(self): return -1
class LenBig:
    def __len__(self): return 2 ** 70
class LenFloat:
    def __len__(self): return 1.0
class LenStr:
    def __len__(self): return "3"
class LenIdx:
    class Idx:
        def __index__(self): return 4
    def __len__(self): return LenIdx.Idx()
class LenBool:
    def __len__(self): return True
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
class LenOnly:
    def __len__(self): return 0

for cls in (BoolInt, BoolNone, BoolSub, LenNeg, LenBig, LenFloat, LenStr, LenIdx, LenBool, Both, LenOnly):
    print(cls.__name__)
    err(lambda: bool(cls()))
    err(lambda: not cls())
    err(lambda: "yes" if cls() else "no")
    err(lambda: len(cls()))

# __bool__ = None disables truth
class NoBool:
    __bool__ = None
err(lambda: bool(NoBool()))
class NoLen:
    __len__ = None
err(lambda: bool(NoLen()))
err(lambda: len(NoLen()))

# truth in and/or/while/assert/filter
class Counter:
    def __init__(self, n): self.n = n
    def __bool__(self):
        print("bool called", self.n)
        return self.n > 0
print((Counter(0) or "fallback"), (Counter(1) and "second"))
c = Counter(2)
while c:
    c.n -= 1
print(list(filter(None, [Counter(1), Counter(0)])).__len__())
err(lambda: any([Counter(0), Counter(3)]))
err(lambda: all([Counter(1), Counter(0), Counter(5)]))

# bool subclass is not allowed, int subclass result is rejected
class MyInt(int): pass
class RetIntSub:
    def __bool__(self): return MyInt(1)
err(lambda: bool(RetIntSub()))
err(lambda: type("X", (bool,), {}))

# __len__ on instances is looked up on the type
class Inst: pass
i = Inst()
i.__len__ = lambda: 0
i.__bool__ = lambda: False
print(bool(i))
err(lambda: len(i))

# len() overflow message for huge lengths
class Huge:
    def __len__(self): return 2 ** 63
err(lambda: len(Huge()))
class Huge2:
    def __len__(self): return 2 ** 63 - 1
err(lambda: len(Huge2()))
class NegBig:
    def __len__(self): return -(2 ** 70)
err(lambda: len(NegBig()))
