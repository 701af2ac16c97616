class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = A(1)
print('before')
del a
print('after')
b = A(2)
c = b
del b
print('still referenced')
del c
print('end')
