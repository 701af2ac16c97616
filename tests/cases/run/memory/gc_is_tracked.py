import gc
class A: pass
class S:
    __slots__ = ()
print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("a"), gc.is_tracked(b"a"), gc.is_tracked(None))
print(gc.is_tracked(True), gc.is_tracked(int), gc.is_tracked(A))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(A()), gc.is_tracked(S()))
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
d = {}
d['x'] = 1
print(gc.is_tracked(d))
d['y'] = [1]
print(gc.is_tracked(d))
del d['y']
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
print(gc.is_tracked(dict(a=[])), gc.is_tracked(dict(a=1)), gc.is_tracked(dict({'a': []})))
class MyDict(dict): pass
print(gc.is_tracked(MyDict()))
t = tuple([1, 2])
u = tuple([1, []])
v = tuple([t])
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v))
w = (lambda: None, )
print(gc.is_tracked(lambda: 0), gc.is_tracked(w))
def f(): yield 1
print(gc.is_tracked(f()), gc.is_tracked(f))
