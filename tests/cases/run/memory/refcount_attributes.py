import sys
x = object()
base = sys.getrefcount(x)
class C: pass
c = C()
c.a = x
print(sys.getrefcount(x) - base)
c.b = x
print(sys.getrefcount(x) - base)
del c.a
print(sys.getrefcount(x) - base)
class S:
    __slots__ = ('v',)
s = S()
s.v = x
print(sys.getrefcount(x) - base)
C.cls_attr = x
print(sys.getrefcount(x) - base)
del C.cls_attr
del c, s
print(sys.getrefcount(x) - base)
c = C()
print(sys.getrefcount(c))
print(sys.getrefcount(C()))
