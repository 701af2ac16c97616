# Slice assignment and deletion, extended slices.
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = [99, 100]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print(e)
del xs[::3]
print(xs)
del xs[1:3]
print(xs)
ys = [1, 2, 3]
ys[1:2] = "xyz"
print(ys)
try:
    ys[0:1] = 5
except TypeError as e:
    print(e)
ys[:] = []
print(ys)
zs = list(range(6))
zs[4:1:-1] = ["p", "q", "r"]
print(zs)
zs[::-1] = zs
print(zs)
ba = bytearray(b"hello")
ba[1:3] = b"EY"
del ba[-1:]
print(ba)
print(list(range(10))[slice(1, None, 3)], "abcdef"[-2:], "abcdef"[::-2])
print(slice(1, 5, 2).indices(3), slice(None).indices(4))
try:
    [][::0]
except ValueError as e:
    print(e)
