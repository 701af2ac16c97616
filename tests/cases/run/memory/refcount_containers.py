import sys
x = object()
base = sys.getrefcount(x)
l = [x, x, x]
print(sys.getrefcount(x) - base)
t = (x,)
print(sys.getrefcount(x) - base)
d = {'a': x, 'b': x}
print(sys.getrefcount(x) - base)
s = {x}
print(sys.getrefcount(x) - base)
d2 = {x: 1}
print(sys.getrefcount(x) - base)
del l, t, d, s, d2
print(sys.getrefcount(x) - base)
l = [x] * 10
print(sys.getrefcount(x) - base)
l2 = l[:5]
print(sys.getrefcount(x) - base)
del l, l2
it = iter([x])
print(sys.getrefcount(x) - base)
next(it)
print(sys.getrefcount(x) - base)
del it
print(sys.getrefcount(x) - base)
