# in-place set methods with several iterables
s = {1, 2, 3}
print(s.update([4], (5,), {6}, range(7, 9), "a"), s)
s.update()
print(s)
s.intersection_update(range(10), [1, 2, 3, 4, 5, 99])
print(s)
s.intersection_update()
print(s)
s.difference_update([1], {2}, iter([3]))
print(s)
s.difference_update()
print(s)
s.symmetric_difference_update([5, 6, 7])
print(s)
s.symmetric_difference_update({4, 10})
print(s)
s.update({"k": 1, "j": 2})
print(sorted(s, key=str))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: set().update(1))
err(lambda: set().update([1], 2))
err(lambda: set().update([[1]]))
err(lambda: set().intersection_update(None))
err(lambda: set().difference_update([1], 5.0))
err(lambda: set().symmetric_difference_update())
err(lambda: set().symmetric_difference_update([1], [2]))
err(lambda: set().symmetric_difference_update(3))
err(lambda: set().symmetric_difference_update([[]]))
err(lambda: {1}.intersection_update([[]]))
err(lambda: set().intersection_update([[]]))
err(lambda: {1}.difference_update([[]]))
err(lambda: set().difference_update([[]]))
# self as argument
t = {1, 2}
t.update(t)
print(t)
t.intersection_update(t)
print(t)
t.symmetric_difference_update(t)
print(t)
t = {1, 2}
t.difference_update(t)
print(t)
# operators
a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4, 5}
a -= {1}
a ^= {2, 9}
print(a)
def ior(x, y):
    x |= y
err(lambda: ior({1}, [2]))
def iand(x, y):
    x &= y
err(lambda: iand({1}, (1,)))
def isub(x, y):
    x -= y
err(lambda: isub({1}, "a"))
def ixor(x, y):
    x ^= y
err(lambda: ixor({1}, None))
b = {1}
b |= frozenset([2])
b |= {}.keys() if False else frozenset()
print(b)
c = {1}
c |= {2: 0}.keys()
print(c)
fz = frozenset([1])
fz2 = fz
fz |= {2}
print(fz, fz2, fz is fz2, type(fz).__name__)
# dict keys as update arguments and from generators
d = set()
d.update((i * i for i in range(5)), {"x": 0})
print(sorted(d, key=str))
