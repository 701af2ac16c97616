# memoryview.cast with empty, degenerate and multi-dimensional shapes
m = memoryview(b"")
for shape in ([0], [0, 5], [5, 0], []):
    try:
        c = m.cast("B", shape)
        print(shape, c.shape, c.strides, c.tolist(), len(c), c.nbytes, c.tobytes(), c.contiguous)
    except Exception as e:
        print(shape, type(e).__name__, e)
m2 = memoryview(bytes(12)).cast("i", [3, 1])
print(m2.shape, m2.strides, len(m2), m2.tolist(), m2.f_contiguous, m2.c_contiguous)
m3 = memoryview(bytes(12)).cast("B", [1, 12])
print(m3.f_contiguous, m3.c_contiguous, m3[0, 11])
print(memoryview(b"abc").cast("c").tolist(), memoryview(b"ab").cast("c", [2, 1]).tolist())
x = memoryview(b"\x01\x02\x03\x04").cast("H")
print(x.cast("B").tolist(), x.cast("b").tolist(), x.cast("c").tolist())
try:
    x.cast("I")
except TypeError as e:
    print(type(e).__name__, e)
y = memoryview(b"abcd")
print(y.cast("B", (2, 2)).cast("B").tolist() if False else "", y.cast("B", (2, 2)).tobytes(), y.cast("B", (2, 2))[1, 1])
try:
    y.cast("B", (2, 2)).cast("H", (1,))
except TypeError as e:
    print(type(e).__name__, e)
print(y.cast("B", (2, 2)).cast("B", (4,)).tolist())
try:
    y.cast("B", (2, 2)).cast("B", (2, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(y.cast("@B").format, y.cast("B").format, y.cast("@c").format)
print(repr(y.cast("B", [2, 2]).suboffsets), y.cast("B", [2, 2]).obj)
