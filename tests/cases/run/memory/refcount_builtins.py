import sys
class C: pass
print(sys.getrefcount(C()), sys.getrefcount(object()), sys.getrefcount([]))
o = object()
print(sys.getrefcount(o))
l = [o]
print(sys.getrefcount(o))
s = 'a unique string value here'
print(sys.getrefcount(s) >= 2)
def f():
    local = object()
    return sys.getrefcount(local)
print(f())
print(sys.getrefcount(f))
