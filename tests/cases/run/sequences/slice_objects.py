# slice objects: construction, attributes, indices(), repr, equality, hashing
s = slice(5)
print(s, s.start, s.stop, s.step, repr(slice(1, 2, 3)), slice(None, None, None), slice("a", [1], 2.5))
for args in ((), (1, 2, 3, 4)):
    try:
        slice(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    slice(start=1)
except TypeError as e:
    print(type(e).__name__, e)
for length in (0, 1, 5, 10, 2**70):
    for sl in (slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100, 3),
               slice(8, 2, -2), slice(100, -100, -7), slice(None, -1, 2)):
        print(length if length < 100 else "big", sl, sl.indices(length))
print(slice(2**80, -2**80, -2**70).indices(10))
for bad in (-1, -2**70):
    try:
        slice(1).indices(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad_slice, length in ((slice(None, None, 0), 5), (slice("a"), 5), (slice(1.5), 5), (slice(None, None, "x"), 5)):
    try:
        bad_slice.indices(length)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ("5", 5.0, None):
    try:
        slice(1).indices(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(slice(Idx(1), Idx(-1)).indices(Idx(6)), list(range(10))[slice(Idx(2), None, Idx(3))])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) >= slice(1, 2, 3), slice(0) == (None, 0, None))
print(slice(1) == slice(1.0), slice(float("nan")) == slice(float("nan")))
try:
    slice(1) < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {slice(1): 2}
except TypeError as e:
    print(type(e).__name__, e)
for attr in ("start", "stop", "step"):
    try:
        setattr(s, attr, 3)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Sub(slice):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(s.__reduce__(), type(s).__name__, isinstance(s, slice))
class Capture:
    def __getitem__(self, key):
        return key
c = Capture()
print(c[1:2], c[::], c[:3], c[1:2:3], c[1:2, ::3], c[...], c[:, None], c["a":"b"])
print(c[::-1].step, c[:].start is None)
lst = list("abcdefgh")
print(lst[slice(2, 6)], "abcdefgh"[slice(None, None, 2)], (1, 2, 3)[slice(-2, None)], b"xyz"[slice(1, None)])
