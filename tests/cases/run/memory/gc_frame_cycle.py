# Frames kept in their own locals, and namespaces referring to themselves,
# are collected.
import gc, sys, types
gc.collect()
class W:
    def __init__(self, n): self.n = n
    def __del__(self): print('W freed', self.n)
def keep_frame():
    w = W(1)
    fr = sys._getframe()
    return 'returned'
print(keep_frame())
gc.collect()
print('after collect 1')
ns = types.SimpleNamespace(w=W(2))
ns.me = ns
del ns
gc.collect()
print('after collect 2')
def gen():
    w = W(3)
    g = yield
    yield
g = gen()
next(g)
g.send(g)
del g
gc.collect()
print('after collect 3')
