class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
x = A(1)
x = A(2)
print('rebound')
x = None
print('none')
y = [A(3)]
y[0] = A(4)
print('item rebound')
class H: pass
h = H()
h.attr = A(5)
h.attr = A(6)
print('attr rebound')
del h.attr
print('attr deleted')
d = {'k': A(7)}
d['k'] = A(8)
print('dict rebound')
