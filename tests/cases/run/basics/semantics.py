def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(f2())
def f3():
    try:
        raise ValueError("a")
    finally:
        print("cleanup before propagate")
try:
    f3()
except ValueError as e:
    print("got", e)
def f4():
    try:
        try:
            raise KeyError("inner")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return repr(e.__context__)
print(f4())
def f5():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            return x
        finally:
            print("loop fin", x)
print(f5())
if (n := 10) > 5:
    print("walrus", n)
print([y for x in range(5) if (y := x * 2) > 4])
a = [1, 2, 3]
a[0] += 10
class O: pass
o = O(); o.v = 1; o.v *= 5
print(a, o.v)
def side(x):
    print("side", x)
    return x
print(side(1) < side(2) < side(3), side(3) < side(2) < side(1))
print(1 not in [2], None is not None, [] is not [])
print(*[1, 2], *"ab", sep=",")
print([*range(3), *[9]], {*"ab"} == {"a", "b"}, {**{"a": 1}, "b": 2})
def defaults(x=[]):
    x.append(1)
    return len(x)
print(defaults(), defaults(), defaults([]))
g = 1
def setg():
    global g
    g += 1
setg(); setg()
print(g)
ns = {}
exec("z = 5\ndef h(): return z * 2", ns)
print(ns["z"], ns["h"]())
print(eval("z + 1", ns), eval("a + b", {"a": 1}, {"b": 2}))
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t"): pass
print(Sub.tag)
class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return f"descr {self.name}"
class UsesD:
    attr = D()
print(UsesD().attr, UsesD.attr)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
p = P(); p.x = 5; print(p.x)
class CM:
    @classmethod
    def make(cls): return super().__new__(cls)
print(type(CM.make()).__name__)
x = 1
def del_local():
    x = 2
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
del_local()
lam = lambda *a, **k: (a, k)
print(lam(1, 2, k=3))
print((lambda: (yield 1))().__class__.__name__)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen_finally():
    print(v)
    break
print("after break")
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0] is None); return False
def gen_with():
    with Ctx():
        yield 1
gw = gen_with()
next(gw)
del gw
print("end")
