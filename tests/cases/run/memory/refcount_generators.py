import sys
x = object()
base = sys.getrefcount(x)
def gen(v):
    yield 1
    yield 2
g = gen(x)
print(sys.getrefcount(x) - base)
next(g)
print(sys.getrefcount(x) - base)
list(g)
print(sys.getrefcount(x) - base)
g2 = gen(x)
next(g2)
del g2
print(sys.getrefcount(x) - base)
ge = (x for _ in range(3))
print(sys.getrefcount(x) - base)
del ge
print(sys.getrefcount(x) - base)
def holder(v):
    local = v
    yield sys.getrefcount(v) - base
print(next(holder(x)))
