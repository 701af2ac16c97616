import sys
x = object()
base = sys.getrefcount(x)
def fail(v):
    raise ValueError('x')
try:
    fail(x)
except ValueError as e:
    print(sys.getrefcount(x) - base)
    tb = e.__traceback__
print(sys.getrefcount(x) - base)
del tb
print(sys.getrefcount(x) - base)
try:
    fail(x)
except ValueError:
    pass
print(sys.getrefcount(x) - base)
e = ValueError(x)
print(sys.getrefcount(x) - base)
del e
print(sys.getrefcount(x) - base)
