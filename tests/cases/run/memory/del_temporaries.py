class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def val(self): return self.n
print(A(1).val())
print('after expression')
A(2)
print('after statement')
x = A(3).val() + A(4).val()
print(x)
print([A(5).val() for _ in range(2)])
print(len([A(6), A(7)]))
def f(a):
    return a.n
print(f(A(8)))
print('end')
