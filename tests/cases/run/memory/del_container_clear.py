class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
l = [A(1), A(2), A(3)]
l.clear()
print('list cleared')
l = [A(4), A(5)]
del l[:]
print('slice deleted')
d = {'a': A(6), 'b': A(7)}
d.clear()
print('dict cleared')
s = {A(8)}
s.clear()
print('set cleared')
t = (A(9), A(10))
del t
print('tuple freed')
l = [A(11), A(12), A(13)]
del l
print('list freed')
d = {i: A(i) for i in (14, 15)}
del d
print('dict freed')
l = [A(16), A(17)]
l.pop()
print('popped')
l.remove(l[0])
print('end')
