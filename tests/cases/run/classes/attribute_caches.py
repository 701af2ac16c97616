class A:
    x = 1
    def m(self): return 'A.m'
def read(o):
    return o.x
def call(o):
    return o.m()
def write(o, v):
    o.y = v
a = A()
r = []
for i in range(3):
    r.append((read(a), call(a)))
a.x = 5
r.append(read(a))
del a.x
r.append(read(a))
A.x = 7
r.append(read(a))
A.x = property(lambda self: 'prop')
r.append(read(a))
a.__dict__['x'] = 'shadow'
r.append(read(a))
del A.x
r.append(read(a))
a.m = lambda: 'instance m'
r.append(call(a))
del a.m
r.append(call(a))
A.m = lambda self: 'new A.m'
r.append(call(a))
A.x = 11
class B(A):
    pass
b = B()
r.append((read(b), call(b)))
A.m = lambda self: 'changed base'
r.append(call(b))
B.m = lambda self: 'B.m'
r.append(call(b))
b.__class__ = A
r.append(call(b))
A.__getattribute__ = lambda self, name: 'getattribute ' + name
r.append((read(a), call.__name__))
del A.__getattribute__
r.append(read(a))
A.__getattr__ = lambda self, name: 'getattr ' + name
del a.x
r.append(read(a))
class S:
    __slots__ = ('x',)
s = S()
try:
    read(s)
except AttributeError as e:
    r.append(str(e))
s.x = 3
r.append(read(s))
for i in range(3):
    write(a, i)
r.append(a.y)
class D:
    def __set__(self, obj, v): obj.__dict__['_y'] = v * 100
    def __get__(self, obj, t): return obj.__dict__.get('_y')
A.y = D()
write(a, 2)
r.append((a.y, a.__dict__.get('_y')))
del A.y
write(a, 9)
r.append(a.__dict__['y'])
import math
def msqrt(): return math.sqrt(16)
r.append(msqrt())
math.sqrt = lambda v: 'patched'
r.append(msqrt())
class NoGet:
    pass
NoGet.f = staticmethod(lambda: 'static')
NoGet.c = classmethod(lambda cls: cls.__name__)
def callf(o): return o.f(), o.c()
r.append(callf(NoGet()))
r.append(callf(NoGet))
class WithSetattr:
    def __setattr__(self, k, v): object.__setattr__(self, k, ('wrapped', v))
w = WithSetattr()
write(w, 1)
r.append(w.y)
for item in r:
    print(item)
try:
    read(object())
except AttributeError as e:
    print(e)
def readz(o): return o.z
for o in (a, B(), 3):
    try:
        print(readz(o))
    except AttributeError as e:
        print(type(e).__name__, e)
