# enumerate, reversed, zip, map and filter reduce to calls of their own types.
import copy
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def shape(red):
    # iterators inside the arguments are shown by type name
    def show(x):
        if isinstance(x, tuple):
            return tuple(show(i) for i in x)
        if hasattr(x, "__next__") or type(x).__name__ == "Seq":
            return type(x).__name__
        return x
    return (red[0].__name__,) + tuple(show(p) for p in red[1:])

e = enumerate("abc", 5)
next(e)
print(shape(e.__reduce__()), list(copy.copy(e)), list(e))
e = enumerate([1], 2 ** 70)
print(shape(e.__reduce__()), list(e))

class Seq:
    def __len__(self): return 4
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
r = reversed(Seq())
next(r)
print(shape(r.__reduce__()), list(copy.copy(r)), list(r))
print(shape(r.__reduce__()))
for state in (-5, -1, 0, 2, 9):
    r = reversed(Seq())
    r.__setstate__(state)
    print(state, list(r))
err(lambda: reversed(Seq()).__setstate__("x"))
err(lambda: reversed(Seq()).__setstate__(1.5))

z = zip([1, 2], "ab")
next(z)
print(shape(z.__reduce__()), list(copy.copy(z)), list(z))
zs = zip([1, 2], "ab", strict=True)
print(shape(zs.__reduce__()))
zs.__setstate__(False)
print(shape(zs.__reduce__()))
z2 = zip([1, 2, 3], "ab")
z2.__setstate__(1)
err(lambda: list(z2))
z3 = zip()
print(shape(z3.__reduce__()), list(z3))

m = map(str.upper, "xyz")
next(m)
print(shape(m.__reduce__()), list(copy.copy(m)), list(m))
m2 = map(pow, [2, 3], [4, 5])
print(shape(m2.__reduce__()), list(m2))

f = filter(None, [0, 1, 2, 0, 3])
next(f)
print(shape(f.__reduce__()), list(copy.copy(f)), list(f))
f2 = filter(lambda v: v % 2, range(6))
print(shape(f2.__reduce__())[0], list(f2))

# subclasses reduce to the subclass
class MyEnum(enumerate): pass
me = MyEnum("ab")
print(me.__reduce__()[0] is MyEnum, list(copy.copy(me)))
class MyMap(map): pass
mm = MyMap(abs, [-1, -2])
print(mm.__reduce__()[0] is MyMap, list(mm))
