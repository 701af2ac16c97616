import gc
a = [1, 'x', None]
print(gc.get_referents(a))
t = (a, 2)
print(gc.get_referents(t) == [2, a] or gc.get_referents(t) == [a, 2], len(gc.get_referents(t)))
d = {'k': 'v', 'n': 3}
print(sorted(map(repr, gc.get_referents(d))))
print(gc.get_referents(1, 'x', None))
print(len(gc.get_referents(a, a)))
s = {1}
print(gc.get_referents(s))
class A:
    __slots__ = ('x', 'y')
o = A(); o.x = 'X'
r = gc.get_referents(o)
print('X' in r, A in r)
def f(x):
    return x
print(f.__code__ in gc.get_referents(f), f.__globals__ in gc.get_referents(f))
try:
    gc.get_referents(x=1)
except TypeError as e:
    print(e)
print(gc.get_referents())
