# list.pop, clear, copy, reverse
xs = list(range(10))
print(xs.pop(), xs.pop(0), xs.pop(-1), xs.pop(3), xs)
for idx in (100, -100, 2**64, -2**64):
    try:
        xs.pop(idx)
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop(0)
except IndexError as e:
    print(type(e).__name__, e)
for bad in ("0", 1.5, None):
    try:
        xs.pop(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    xs.pop(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(xs.pop(True), xs.pop(False), xs)
one = ["only"]
print(one.pop(-1), one)

c = [1, [2, 3]]
d = c.copy()
print(d == c, d is c, d[1] is c[1])
d[1].append(4)
d.append(5)
print(c, d)
try:
    c.copy(1)
except TypeError as e:
    print(type(e).__name__, e)

alias = c
c.clear()
print(c, alias, alias is c)
c.clear()
print(c)

r = list("abcdef")
r.reverse()
print(r)
r2 = r[:5]
r2.reverse()
print(r2)
empty = []
print(empty.reverse(), empty)
try:
    r.reverse(1)
except TypeError as e:
    print(type(e).__name__, e)

class Sub(list):
    pass
s = Sub([3, 2, 1])
cp = s.copy()
print(type(cp).__name__, cp)
s.reverse()
print(type(s).__name__, s)
print(list.pop.__name__, list.clear.__qualname__)
print([].pop.__self__ == [], list.reverse(list("xyz")))
