import sys
x = object()
base = sys.getrefcount(x)
def depth(n, obj):
    if n == 0:
        return sys.getrefcount(obj) - base
    return depth(n - 1, obj)
print(depth(0, x), depth(3, x))
def with_locals(obj):
    a = obj
    b = obj
    return sys.getrefcount(obj) - base
print(with_locals(x))
def kw(*, obj):
    return sys.getrefcount(obj) - base
print(kw(obj=x))
def star(*args):
    return sys.getrefcount(args[0]) - base
print(star(x))
def dstar(**kw):
    return sys.getrefcount(kw['o']) - base
print(dstar(o=x))
print(sys.getrefcount(x) - base)
