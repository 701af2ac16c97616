import sys
x = object()
base = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - base)
z = x
print(sys.getrefcount(x) - base)
del y, z
print(sys.getrefcount(x) - base)
def f(arg):
    return sys.getrefcount(arg) - base
print(f(x))
def g(arg):
    local = arg
    return sys.getrefcount(arg) - base
print(g(x))
print(sys.getrefcount(x) - base)
