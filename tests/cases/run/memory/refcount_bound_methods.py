import sys
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
base = sys.getrefcount(c)
bm = c.m
print(sys.getrefcount(c) - base)
bm2 = c.m
print(sys.getrefcount(c) - base)
del bm, bm2
print(sys.getrefcount(c) - base)
print(c.m() - base)
print(sys.getrefcount(C.m))
bm = c.m
print(sys.getrefcount(bm))
