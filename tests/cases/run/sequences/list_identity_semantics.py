# aliasing, copying and identity of sequence objects
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = [*a]
print(a is b, a is c, a is d, a is e, a is f, a == c == d == e == f)
a.append(4)
print(b, c, d, e, f)
t = (1, 2)
print(t is tuple(t), t is t[:], t is (*t,), t is t + (), t is t * 1)
print(() is (), tuple() is (), () is tuple([]), tuple(x for x in []) is ())
s = b"abc"
print(s is bytes(s), s is s[:], s is s + b"", s is s * 1)
ba = bytearray(b"abc")
print(ba is bytearray(ba), ba is ba[:], ba is ba.copy(), ba == ba[:])
r = range(3)
print(r is r[:], r == r[:], r[:] is not r)
nested = [[0]] * 2
nested[0][0] = "x"
print(nested)
nested2 = [[0] for _ in range(2)]
nested2[0][0] = "x"
print(nested2)
x = [1]
y = [x, x]
x.append(2)
print(y, y[0] is y[1])
z = y * 2
print(len(z), all(item is x for item in z))
grid = [[None] * 2] * 2
grid[0][0] = 1
print(grid)
lst = [1, 2]
lst2 = lst
lst = lst + [3]
print(lst2, lst)
lst2 += [9]
print(lst2)
def f(v, acc=[]):
    acc.append(v)
    return acc
print(f(1), f(2), f(3) is f(4))
m = memoryview(ba)
print(m.obj is ba, m[:].obj is ba, memoryview(m).obj is ba)
ba[0] = 65
print(m.tobytes(), m[0])
