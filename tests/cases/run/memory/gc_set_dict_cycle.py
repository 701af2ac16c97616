import gc
gc.collect()
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __del__(self): print('K', self.n)
s = set()
k = K(1)
k.s = s
s.add(k)
del s, k
gc.collect()
d = {}
k2 = K(2)
d[k2] = d
del d, k2
gc.collect()
fs = K(3)
fs.f = frozenset([fs])
del fs
gc.collect()
print('end')
