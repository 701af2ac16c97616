m = memoryview(b"abcdef")
for key in (..., (), (0,), (0, 1), (slice(1),), [0]):
    try:
        r = m[key]
        print(repr(key), type(r).__name__, r if not isinstance(r, memoryview) else r.tobytes())
    except (TypeError, NotImplementedError, IndexError) as e:
        print(repr(key), type(e).__name__, e)
c = m.cast("B", shape=[2, 3])
for key in (..., (), (0,), (0, 1), (1, -1), 0, slice(1), (slice(1), 0)):
    try:
        r = c[key]
        print(repr(key), type(r).__name__, r if not isinstance(r, memoryview) else r.tolist())
    except (TypeError, NotImplementedError, IndexError) as e:
        print(repr(key), type(e).__name__, e)
z = memoryview(b"a").cast("B", shape=[])
print(z.ndim, z.shape, z[()], type(z[...]).__name__, z.tolist())
try:
    z[0]
except TypeError as e:
    print(type(e).__name__, e)
w = memoryview(bytearray(b"abcdef"))
c2 = w.cast("B", shape=[2, 3])
for key, val in ((..., 1), ((), 1), (0, 1), ((0, 1), 120), ((1, 2), 121), ((0,), 1), (slice(1), b"x"), ((slice(1), slice(1)), b"x"), ([0], 1), ((0, 1, 2), 1), ((5, 0), 1)):
    try:
        c2[key] = val
        print("set", repr(key), c2.tolist())
    except (TypeError, NotImplementedError, IndexError, ValueError) as e:
        print("set", repr(key), type(e).__name__, e)
for key, val in ((..., 1), ((), 1), ((0,), 65), ((0, 0), 1), ("a", 1)):
    try:
        w[key] = val
        print("set1", repr(key), w.tobytes())
    except (TypeError, NotImplementedError, IndexError, ValueError) as e:
        print("set1", repr(key), type(e).__name__, e)
z = memoryview(bytearray(b"a")).cast("B", shape=[])
z[()] = 66
print(z.tolist())
z[...] = 67
print(z.tolist(), z.obj)
try:
    z[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
z = memoryview(b'a').cast('B', shape=[])
for f in (len, list, bytes, lambda v: v.tolist(), lambda v: v.tobytes(), lambda v: v.nbytes, lambda v: 97 in v, lambda v: v == b'a', lambda v: v.hex()):
    try: print(f(z))
    except Exception as e: print(type(e).__name__, e)
print(list(reversed(memoryview(b"abcd").cast("H"))), list(reversed(memoryview(b"xyz"))))
try:
    list(reversed(memoryview(b"abcd").cast("B", shape=[2, 2])))
except NotImplementedError as e:
    print(type(e).__name__, e)
