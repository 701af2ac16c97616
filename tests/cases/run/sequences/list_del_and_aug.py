# del statements on sequences, augmented assignment inside tuples, chained operations
xs = list(range(10))
del xs[0], xs[-1]
print(xs)
del xs[1:3], xs[::2]
print(xs)
t = ([1], [2])
try:
    t[0] += [99]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
t[1].extend([3])
print(t)
try:
    t[0] *= 2
except TypeError as e:
    print(type(e).__name__, e)
print(t)
d = {"k": [1]}
d["k"] += [2]
print(d)
nested = [[0] * 3 for _ in range(3)]
nested[1][2] += 5
print(nested)
a = b = [1, 2]
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
s = "ab"
s2 = s
s += "c"
print(s, s2)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
by = b"x"
by2 = by
by += b"y"
print(by, by2)
ba = bytearray(b"x")
ba2 = ba
ba += b"y"
print(ba, ba2, ba is ba2)
class Holder:
    def __init__(self):
        self.items = []
h = Holder()
h.items += (1, 2)
h.items += "ab"
print(h.items)
lst = [1, 2, 3]
lst[1:2] += [9]
print(lst)
lst[0] += 10
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
m = [1, 2, 3, 4, 5]
m[1:4] = m[3:0:-1]
print(m)
i = 0
seq = [10, 20, 30]
i, seq[i] = 1, 99
print(i, seq)
x = [0, 1]
x[x[0]] = x[1] = 7
print(x)
