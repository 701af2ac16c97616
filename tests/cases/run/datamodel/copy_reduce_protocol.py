# copy and pickle through __reduce_ex__, __reduce__, __getnewargs__, __getstate__/__setstate__.
import copy, pickle
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Plain:
    def __init__(self): self.items = [1, [2]]
p = Plain()
c, d = copy.copy(p), copy.deepcopy(p)
print(c.items is p.items, d.items == p.items, d.items[1] is p.items[1])
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1][0] is Plain, p.__reduce_ex__(2)[2])

class WithState:
    def __init__(self, v): self.v, self.cache = v, "cached"
    def __getstate__(self):
        print("getstate")
        return {"v": self.v}
    def __setstate__(self, st):
        print("setstate", st)
        self.v, self.cache = st["v"], "rebuilt"
w = WithState(3)
w2 = copy.copy(w)
print(w2.v, w2.cache)
w3 = pickle.loads(pickle.dumps(w))
print(w3.v, w3.cache)

class NewArgs(int):
    def __new__(cls, v, label):
        self = super().__new__(cls, v)
        self.label = label
        return self
    def __getnewargs__(self):
        return (int(self), self.label)
n = NewArgs(5, "five")
n2 = copy.copy(n)
print(n2, n2.label, type(n2).__name__, pickle.loads(pickle.dumps(n)).label)

class NewArgsEx:
    def __new__(cls, *, key):
        self = super().__new__(cls)
        self.key = key
        return self
    def __getnewargs_ex__(self):
        return ((), {"key": self.key})
ne = NewArgsEx(key="k")
print(copy.copy(ne).key, pickle.loads(pickle.dumps(ne)).key)

class CustomReduce:
    def __init__(self, a): self.a = a
    def __reduce__(self):
        return (CustomReduce, (self.a * 2,))
print(copy.copy(CustomReduce(2)).a, pickle.loads(pickle.dumps(CustomReduce(3))).a)

class ReduceStr:
    def __reduce__(self): return "GLOBAL_NAME"
GLOBAL_NAME = ReduceStr()
print(copy.copy(GLOBAL_NAME) is GLOBAL_NAME, pickle.loads(pickle.dumps(GLOBAL_NAME)) is GLOBAL_NAME)

class BadReduce:
    def __reduce__(self): return 5
err(lambda: copy.copy(BadReduce()))
class ShortReduce:
    def __reduce__(self): return (ShortReduce,)
err(lambda: copy.copy(ShortReduce()))
class RaisesReduce:
    def __reduce_ex__(self, proto): raise RuntimeError("no reduce")
err(lambda: copy.copy(RaisesReduce()))

# __copy__ and __deepcopy__ take priority
class Hooks:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return ("deep", type(memo).__name__)
print(copy.copy(Hooks()), copy.deepcopy(Hooks()))

# slots state is (None, slots_dict)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = 1
print(s.__reduce_ex__(2)[2], copy.copy(s).a, hasattr(copy.copy(s), "b"))
err(lambda: s.__reduce_ex__(1))
class SlotsAndDict:
    __slots__ = ("a", "__dict__")
sd = SlotsAndDict(); sd.a = 1; sd.z = 2
print(sd.__getstate__(), copy.copy(sd).z)

# list and dict subclasses carry their items
class L(list): pass
class D(dict): pass
l = L([1, 2]); l.attr = "x"
dd = D(a=1); dd.attr = "y"
print(copy.copy(l), copy.copy(l).attr, copy.deepcopy(dd), copy.deepcopy(dd).attr)
print(pickle.loads(pickle.dumps(l)), type(pickle.loads(pickle.dumps(dd))).__name__)

# object.__reduce_ex__ protocol variations
print(object().__reduce_ex__(2)[0].__name__, len(object().__reduce_ex__(4)))
err(lambda: object().__reduce_ex__(0))
err(lambda: copy.copy(iter([])) is not None)
import threading
err(lambda: copy.copy(threading.Lock()))
