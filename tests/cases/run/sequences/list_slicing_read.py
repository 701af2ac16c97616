# reading list slices with every combination of start/stop/step
xs = list(range(10))
cases = [
    (None, None, None), (2, None, None), (None, 3, None), (-3, None, None),
    (None, -3, None), (2, 8, 2), (8, 2, -2), (None, None, -1), (None, None, -3),
    (100, None, None), (-100, None, None), (None, 100, None), (None, -100, None),
    (5, 2, None), (2, 5, -1), (-1, -11, -1), (0, 0, 1), (1, None, 100),
    (None, None, 2**70), (None, None, -2**70), (2**70, -2**70, -1), (-2**70, 2**70, 3),
    (True, None, None), (None, None, True),
]
for start, stop, step in cases:
    print((start, stop, step) if abs(start or 0) < 1000 and abs(step or 0) < 1000 else "big", xs[start:stop:step])
print(xs[slice(1, 4)], xs[slice(None)], xs[slice(-2, None)])
try:
    xs[::0]
except ValueError as e:
    print(type(e).__name__, e)
for bad in ("1", 1.5, [1]):
    try:
        xs[bad:]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        xs[::bad]
    except TypeError as e:
        print(type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(xs[Idx(2):Idx(7):Idx(2)], xs[Idx(-1)])

# slices are copies
ys = xs[:]
ys[0] = "changed"
print(xs[0], ys[0], ys is xs, xs[:] == xs)
nested = [[1], [2]]
sl = nested[:1]
sl[0].append("shared")
print(nested)

# empty list slicing
e = []
print(e[:], e[5:], e[::-1], e[-1:])
# indexing
for i in (0, 9, -1, -10):
    print(i, xs[i])
for i in (10, -11, 2**100):
    try:
        xs[i]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ("a", 1.0, None, (1,)):
    try:
        xs[bad]
    except TypeError as e:
        print(type(e).__name__, e)
print(xs[True], xs[False])
