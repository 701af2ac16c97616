# memoryview attributes, indexing, slicing, tolist/tobytes/hex
m = memoryview(b"abcdef")
print(m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.readonly, m.suboffsets, m.contiguous, m.c_contiguous, m.f_contiguous)
print(m.obj, len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[2:]))
s = m[1:5:2]
print(s.shape, s.strides, s.nbytes, s.contiguous, s.c_contiguous, s.tobytes(), s.tolist(), s.obj is m.obj)
print(m.tolist(), m.tobytes(), m.hex(), m.tobytes("C"), m.tobytes(order="F"), m.tobytes(None), m.tobytes("A"))
try:
    m.tobytes("X")
except ValueError as e:
    print(type(e).__name__, e)
for idx in (6, -7):
    try:
        m[idx]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ("a", 1.0, None):
    try:
        m[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0:1] = b"x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del m[0]
except TypeError as e:
    print(type(e).__name__, e)
print(type(m[:]).__name__, m[:] == m)
e = memoryview(b"")
print(e.tolist(), e.tobytes(), len(e), e.shape, e.nbytes, e[:].tolist(), bool(e), bool(m))
ba = bytearray(b"hello")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = ord("J")
w[1:3] = b"EL"
w[-1:] = bytearray(b"!")
print(ba, w.tobytes())
for val, target in ((256, 0), (-1, 0), (b"x", 0), (1.0, 0), (b"abc", slice(0, 2)), (b"", slice(0, 1))):
    try:
        w[target] = val
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
w[::2] = b"abc"
print(ba)
try:
    w[::2] = b"ab"
except ValueError as e:
    print(type(e).__name__, e)
print(list(m), [c for c in memoryview(b"xyz")[::-1]], 98 in m, 200 in m)
print(memoryview(m).tobytes(), memoryview(m) is m, memoryview(m).obj is m.obj)
for bad in ("str", 5, None, [1]):
    try:
        memoryview(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    memoryview()
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(object=b"kw").tobytes())
print(memoryview(b"ab").__len__(), hash(memoryview(b"ab")) == hash(b"ab"), hash(m[::2]) == hash(b"ace"))
try:
    hash(memoryview(bytearray(b"ab")))
except ValueError as e:
    print(type(e).__name__, e)
print(m.toreadonly().readonly, memoryview(ba).toreadonly().readonly, memoryview(ba).toreadonly().tobytes())
ro = memoryview(ba).toreadonly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
