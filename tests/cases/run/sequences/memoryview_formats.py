# memoryview tolist/item access for every native format and multi-dimensional views
import struct
for fmt, values in (("b", [-128, 0, 127]), ("B", [0, 255, 7]), ("h", [-32768, 1, 32767]), ("H", [0, 65535, 2]),
                    ("i", [-2**31, 0, 2**31 - 1]), ("I", [0, 2**32 - 1, 5]), ("l", [-2**63, 2**63 - 1, 0]),
                    ("L", [2**64 - 1, 0, 1]), ("q", [-1, 2**62, 3]), ("Q", [2**64 - 1, 9, 0]), ("n", [-5, 5, 0]),
                    ("N", [5, 0, 2**63]), ("f", [1.5, -0.25, 0.0]), ("d", [1e300, -2.5, 0.1]), ("?", [True, False, True]),
                    ("c", [b"a", b"\x00", b"\xff"]), ("e", [1.0, -2.0, 0.5])):
    raw = struct.pack("%d%s" % (len(values), fmt), *values)
    try:
        m = memoryview(raw).cast(fmt)
    except ValueError as e:
        print(fmt, type(e).__name__, e)
        continue
    print(fmt, m.itemsize, m.tolist(), m[0], m[-1], list(m) == m.tolist(), m[::-1].tolist())
    w = memoryview(bytearray(raw)).cast(fmt)
    w[1] = values[0]
    print("  set", w.tolist())
try:
    memoryview(struct.pack("P", 0)).cast("P")
except ValueError as e:
    print(type(e).__name__, e)
grid = memoryview(bytes(range(24))).cast("B", [2, 3, 4])
print(grid.tolist())
print(grid[1, 2, 3], grid[0, 0, 0], grid[-1, -1, -1])
for key in ((2, 0, 0), (0, 3, 0), (0, 0, -5)):
    try:
        grid[key]
    except IndexError as e:
        print(type(e).__name__, e)
print(grid[:1].tolist(), grid[1:].shape, grid[::-1].tolist()[0][0], grid[::2].shape)
ints = memoryview(struct.pack("6i", *range(6))).cast("B").cast("i", [3, 2])
print(ints.tolist(), ints[2, 1], ints.strides, ints.nbytes, ints.tobytes() == struct.pack("6i", *range(6)))
print(memoryview(b"abcdef").cast("c", [3, 2]).tolist())
bools = memoryview(bytes([0, 1, 2])).cast("?")
print(bools.tolist())
w = memoryview(bytearray(4)).cast("?")
for v in (True, 0, [], "x", 2):
    try:
        w[0] = v
        print("bool set", repr(v), w.tolist())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
fl = memoryview(bytearray(8)).cast("f")
for v in (1, 2.5, "x", 1e300, True):
    try:
        fl[0] = v
        print("float set", repr(v), fl[0])
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
hh = memoryview(bytearray(4)).cast("h")
for v in (32768, -32769, 1.0, True, 2**70):
    try:
        hh[0] = v
        print("short set", v, hh[0])
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
