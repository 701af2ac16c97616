# slice assignment and deletion on lists, simple and extended
def fresh():
    return list(range(8))

xs = fresh(); xs[2:5] = ["a", "b"]; print(xs)
xs = fresh(); xs[2:5] = []; print(xs)
xs = fresh(); xs[2:2] = "xyz"; print(xs)
xs = fresh(); xs[:] = (1, 2); print(xs)
xs = fresh(); xs[-2:] = range(5); print(xs)
xs = fresh(); xs[5:2] = ["ins"]; print(xs)
xs = fresh(); xs[100:] = [9]; print(xs)
xs = fresh(); xs[-100:1] = [9]; print(xs)
xs = fresh(); xs[::2] = "abcd"; print(xs)
xs = fresh(); xs[1::2] = [None] * 4; print(xs)
xs = fresh(); xs[::-1] = range(8); print(xs)
xs = fresh(); xs[6:1:-2] = "pqr"; print(xs)
xs = fresh(); xs[::1] = []; print(xs)
xs = fresh(); xs[5:1:1] = []; print(xs)
xs = fresh(); xs[::3] = (c for c in "XYZ"); print(xs)
xs = fresh(); xs[2:6] = xs; print(xs)
xs = fresh(); xs[::2] = xs[1::2]; print(xs)
xs = fresh(); xs[::-1] = xs; print(xs)
xs = fresh(); xs[1:3] = {"k": 0}; print(xs)
for target, value in (((slice(None, None, 2)), [1, 2]), (slice(None, None, -1), "abc"), (slice(1, 5, 3), [])):
    xs = fresh()
    try:
        xs[target] = value
    except ValueError as e:
        print(type(e).__name__, e)
xs = fresh()
try:
    xs[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
for bad in (5, None, 2.5):
    try:
        xs[1:2] = bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        xs[::2] = bad
    except TypeError as e:
        print(type(e).__name__, e)
print(xs)

# deletion
xs = fresh(); del xs[2:5]; print(xs)
xs = fresh(); del xs[::2]; print(xs)
xs = fresh(); del xs[::-3]; print(xs)
xs = fresh(); del xs[1:7:2]; print(xs)
xs = fresh(); del xs[:]; print(xs)
xs = fresh(); del xs[100:]; print(xs)
xs = fresh(); del xs[-1]; del xs[0]; print(xs)
try:
    del xs[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    del xs[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del xs["a"]
except TypeError as e:
    print(type(e).__name__, e)
# item assignment errors
try:
    xs[50] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    xs[-50] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    xs[1.0] = 1
except TypeError as e:
    print(type(e).__name__, e)
xs[-1] = "last"
print(xs)
