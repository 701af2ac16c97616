import sys
x = object()
base = sys.getrefcount(x)
def outer(v):
    def inner():
        return v
    return inner
f = outer(x)
print(sys.getrefcount(x) - base)
f2 = outer(x)
print(sys.getrefcount(x) - base)
del f, f2
print(sys.getrefcount(x) - base)
def counter():
    n = x
    def show():
        return sys.getrefcount(n) - base
    return show
print(counter()())
lam = lambda y=x: y
print(sys.getrefcount(x) - base)
del lam
print(sys.getrefcount(x) - base)
