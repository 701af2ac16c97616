# A __del__ that frees more objects, and one that raises.
class A:
    def __init__(self, n, child=None):
        self.n = n
        self.child = child
    def __del__(self):
        print('del', self.n)
a = A(1, A(2, A(3)))
del a
class Bad:
    def __del__(self):
        raise RuntimeError('in del')
b = Bad()
del b
print('after bad')
