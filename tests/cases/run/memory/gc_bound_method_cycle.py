import gc
gc.collect()
class C:
    def m(self):
        pass
    def __del__(self):
        print('C freed')
c = C()
c.bm = c.m
del c
print('deleted')
gc.collect()
print('collected')
class P:
    def __init__(self):
        self._x = self
    @property
    def x(self):
        return self._x
    def __del__(self):
        print('P freed')
p = P()
print(p.x is p)
del p
gc.collect()
print('end')
