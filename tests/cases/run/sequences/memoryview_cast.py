# memoryview.cast between formats and shapes, with its errors
import struct
raw = bytes(range(1, 25))
m = memoryview(raw)
for fmt in ("B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "f", "d", "?", "e", "N", "n", "P"):
    try:
        c = m.cast(fmt)
        print(fmt, c.format, c.itemsize, c.nbytes, c.shape, c.strides, len(c), c.tolist()[:3] if fmt not in ("f", "d", "e") else len(c.tolist()))
    except (ValueError, TypeError) as e:
        print(fmt, type(e).__name__, e)
h = m.cast("H")
print(h[0], h[-1], h[1:3].tolist(), h[::4].tolist(), h.cast("B").tobytes() == raw)
s = m.cast("B", shape=[2, 3, 4])
print(s.ndim, s.shape, s.strides, s.tolist()[1][2], s[1, 2, 3], s.nbytes, len(s), s.c_contiguous, s.f_contiguous)
print(m.cast("i", shape=(2, 3)).tolist(), m.cast("B", (24,)).shape)
for fmt, shape in (("Z", None), ("BB", None), ("@B", None), ("<i", None), ("B", [5, 5]), ("B", [0, 24]), ("B", [-1, -24]),
                   ("B", "ab"), ("B", [2.0, 12]), ("i", [7]), ("d", None), ("B", [1] * 65), ("B", 5)):
    try:
        r = m.cast(fmt) if shape is None else m.cast(fmt, shape)
        print(fmt, "ok", r.shape)
    except (ValueError, TypeError) as e:
        print(fmt, shape if not isinstance(shape, list) or len(shape) < 10 else "long", type(e).__name__, e)
try:
    m.cast("d").cast("d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(bytes(7)).cast("I")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[::2].cast("B")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.cast("H").cast("I")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.cast()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.cast("B", [24]).tolist()
    print("2d->1d ok")
except TypeError as e:
    print(type(e).__name__, e)
print(s.cast("B").shape, s.cast("H").shape if False else "", s.cast("B").format)
w = memoryview(bytearray(8))
wi = w.cast("i")
wi[0] = -1
wi[1] = 2**31 - 1
print(bytes(w), wi.tolist(), wi.readonly)
for val in (2**31, "x", 1.5, None):
    try:
        wi[0] = val
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
wd = w.cast("d")
wd[0] = 1.5
print(wd.tolist(), struct.unpack("d", bytes(w)))
wc = w.cast("c")
wc[0] = b"z"
print(wc[0], wc[:2].tolist())
try:
    wc[0] = b"zz"
except ValueError as e:
    print(type(e).__name__, e)
wb = w.cast("?")
wb[1] = True
wb[2] = 0
print(wb.tolist()[:3])
print(w.cast("b").tolist()[:3])
w2 = w.cast("b")
try:
    w2[0] = 200
except ValueError as e:
    print(type(e).__name__, e)
