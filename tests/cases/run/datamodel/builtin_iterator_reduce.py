# Built-in sequence iterators reduce to iter(seq) plus a position; __setstate__ moves them.
import copy
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), "a\u00e9", "\U0001f600x"):
    it = iter(s)
    next(it)
    red = it.__reduce__()
    print(type(it).__name__, red[0] is iter, red[1:], list(copy.copy(it)))
    list(it)
    print("  exhausted", it.__reduce__()[1:], list(copy.copy(it)))

it = reversed([1, 2, 3])
next(it)
red = it.__reduce__()
print(red[0] is reversed, red[1:], list(copy.copy(it)), list(copy.deepcopy(it)))
list(it)
print(it.__reduce__()[0] is iter, it.__reduce__()[1:])

def moved(make, state):
    it = make()
    r = it.__setstate__(state)
    return r, list(it)
for state in (-4, -1, 0, 1, 2, 3, 10):
    print(state, moved(lambda: iter([1, 2, 3]), state), moved(lambda: reversed([1, 2, 3]), state),
          moved(lambda: iter((1, 2, 3)), state), moved(lambda: iter("abc"), state),
          moved(lambda: iter(b"abc"), state), moved(lambda: iter(bytearray(b"abc")), state))

err(lambda: iter([1]).__setstate__("x"))
err(lambda: iter([1]).__setstate__(2 ** 70))
err(lambda: iter([1]).__setstate__(1.0))
err(lambda: iter([1]).__setstate__())
err(lambda: iter("a").__setstate__(None))

# setstate on an exhausted iterator changes nothing
it = iter([1, 2])
list(it)
it.__setstate__(0)
print(list(it))

# the iterator sees changes to the list after copying
l = [1, 2, 3]
it = iter(l)
next(it)
c = copy.copy(it)
l.append(4)
print(list(c), list(it))

# deepcopy copies the underlying list too
l = [[1], [2]]
it = iter(l)
d = copy.deepcopy(it)
out = list(d)
print(out, out[0] is l[0])

# the __getitem__ iterator and the callable iterator
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
it = iter(G())
next(it)
print(it.__reduce__()[0] is iter, it.__reduce__()[2], list(copy.copy(it)))
print(operator_hint := it.__length_hint__())
ci = iter(lambda: 1, 2)
print(ci.__reduce__()[0] is iter, len(ci.__reduce__()[1]))
