def f(): pass
class C:
    def m(self): pass
import sys
g = (x for x in [])
print(f, C, C(), C().m, C.m, sys, len, [].append, g, type(g), type(f), type(len))
print(f.__code__, f.__globals__ is globals(), f.__module__, f.__doc__)
def doc():
    "docstring here"
print(doc.__doc__, C.__doc__, type(None), type(...), NotImplemented, Ellipsis)
print(object(), type, int, print, iter([]), iter(()), iter({}), iter(""), reversed([]), enumerate([]), zip(), map(f, []), filter(f, []), range(3), iter(range(3)))
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.maxsize, sys.byteorder)
print(type(sys.stdout), sys.stdout.name, sys.argv)
async def co(): pass
c = co()
print(c, type(c))
c.close()
async def ag(): yield
print(ag(), type(ag()))
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_filename.endswith("reprs.py"))
frame = sys._getframe()
print(frame, frame.f_lineno, frame.f_code.co_name, frame.f_back)
cell = (lambda: c)
print(cell.__closure__)
