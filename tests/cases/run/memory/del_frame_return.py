class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    a = A(1)
    b = A(2)
    print('in f')
def g():
    a = A(3)
    return a
f()
print('after f')
r = g()
print('after g')
del r
def h():
    local = A(4)
    raise ValueError('x')
try:
    h()
except ValueError:
    print('caught')
print('after except')
def k():
    x = A(5)
    y = A(6)
    z = A(7)
    return 0
k()
print('end')
