# Weak references to functions, bound methods, classes, modules,
# generators, sets, code objects and built-in functions.
import sys
import types
import weakref


def f():
    return "f"


rf = weakref.ref(f, lambda r: print("function died"))
print(rf()())
del f
print("after del f")


class C:
    def m(self):
        return "m"


c = C()
rm = weakref.ref(c.m, lambda r: print("bound method died"))
print(rm())
bm = c.m
rm2 = weakref.ref(bm)
print(rm2()(), rm2() is bm)
del bm
print(rm2())

rc = weakref.ref(C)
print(rc() is C, weakref.proxy(C)().m())

mod = types.ModuleType("tempmod")
rmod = weakref.ref(mod, lambda r: print("module died"))
print(rmod().__name__)
del mod


def g():
    yield 1


gen = g()
rg = weakref.ref(gen, lambda r: print("generator died"))
print(next(rg()))
del gen

s = {1, 2}
fs = frozenset(s)
rs, rfs = weakref.ref(s), weakref.ref(fs)
print(rs() == {1, 2}, rfs() == fs)
del s, fs
print(rs(), rfs())

code = compile("1", "<x>", "eval")
rcode = weakref.ref(code, lambda r: print("code died"))
del code

rlen = weakref.ref(len)
print(rlen() is len)
rbm = weakref.ref([].append, lambda r: print("builtin method died"))
print(rbm())

ga = list[int]
rga = weakref.ref(ga, lambda r: print("alias died"))
del ga

mv = memoryview(b"abc")
rmv = weakref.ref(mv, lambda r: print("memoryview died"))
del mv
print("end")
