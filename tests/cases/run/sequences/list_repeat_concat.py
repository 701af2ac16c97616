# list * int, int * list, *=, + and += semantics
a = [1, 2]
print(a * 3, 3 * a, a * 0, a * -5, a * True, [] * 100)
class Idx:
    def __index__(self):
        return 2
print(a * Idx(), Idx() * a)
for bad in (1.5, "2", None, [2]):
    try:
        a * bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bad * a
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a * 2**70
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3] * (2**62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
b = a
b *= 2
print(a, b is a)
b *= 0
print(a, b is a)
c = [3]
c *= -1
print(c)
d = [[0]] * 3
d[0].append(1)
print(d, d[0] is d[2])
try:
    c *= "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    c *= 2.0
except TypeError as e:
    print(type(e).__name__, e)
e = [1] + [2] + []
print(e)
for bad in ((3,), "s", range(2), None, {1}):
    try:
        [1] + bad
    except TypeError as err:
        print(type(err).__name__, err)
f = [1]
g = f
f = f + [2]
print(f, g, f is g)
g += g
print(g)
t = (1, 2)
print(t * 2, 2 * t, t * 0, t * -1, () * 5, t + (3,), t + ())
tt = t
tt *= 1
print(tt is t)
tt += ()
print(tt is t, tt)
tt += (9,)
print(tt, t)
for bad in ([3], "s", None):
    try:
        t + bad
    except TypeError as err:
        print(type(err).__name__, err)
try:
    t * 1.0
except TypeError as err:
    print(type(err).__name__, err)
single = (5,)
print(single * 3, single * 1 is single)
class L(list):
    pass
lx = L([1])
print(type(lx * 2).__name__, type(lx + [2]).__name__, type([2] + lx).__name__)
lx *= 2
print(type(lx).__name__, lx)
