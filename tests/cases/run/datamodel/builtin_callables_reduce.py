# Built-in functions, methods and slot wrappers are copied and pickled by name.
import copy, pickle
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    __slots__ = ("x",)

objs = [len, print, [].append, list.append, (1).__add__, int.__add__, dict.fromkeys,
        str.maketrans, bytes.maketrans, A.x, type.__dict__["__basicsize__"], object.__init__,
        object.__dict__["__init__"], "abc".upper, {}.get]
for o in objs:
    try:
        red = o.__reduce__()
    except TypeError as e:
        print(type(o).__name__, "TypeError", e)
        continue
    if isinstance(red, str):
        print(type(o).__name__, "by name", red)
    else:
        print(type(o).__name__, red[0] is getattr, type(red[1][0]).__name__, red[1][1])
    err(lambda: copy.copy(o) is o)
    err(lambda: copy.deepcopy(o) is o)

# unpicklable descriptors
err(lambda: int.__dict__["real"].__reduce__())
err(lambda: dict.__dict__["fromkeys"].__reduce__())
err(lambda: copy.copy(int.__dict__["real"]))

# pickling round trips resolve to the same objects
for o in (len, list.append, int.__add__, A.x, dict.fromkeys, str.maketrans):
    print(pickle.loads(pickle.dumps(o)) is o or pickle.loads(pickle.dumps(o)) == o)
bound = pickle.loads(pickle.dumps([1, 2].append))
print(type(bound).__name__, bound.__self__)
mw = pickle.loads(pickle.dumps((5).__add__))
print(mw(1))

# objects holding builtin methods deep-copy cleanly
class Holder:
    def __init__(self):
        self.fn = len
        self.meth = list.append
        self.wrapped = int.__add__
h = copy.deepcopy(Holder())
print(h.fn is len, h.meth is list.append, h.wrapped is int.__add__)

# methods of user classes and functions
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, pickle.loads(pickle.dumps(f)) is f)
class K:
    def m(self): return "m"
k = K()
bm = copy.copy(k.m)
print(bm(), bm.__self__ is k)
print(k.m.__reduce__()[0] is getattr, k.m.__reduce__()[1][1])
