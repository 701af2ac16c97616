# memoryview slice assignment from overlapping, strided, typed and released sources
w = memoryview(bytearray(b"abcdef"))
w[::2] = w[1::2]
print(w.tobytes())
w[:3] = w[3:]
print(w.tobytes())
w[1:4] = memoryview(b"XYZW")[::-1][:3]
print(w.tobytes())
h = memoryview(bytearray(8)).cast("H")
try:
    h[:2] = memoryview(b"abcd")
except ValueError as e:
    print(type(e).__name__, e)
h[:2] = memoryview(b"abcd").cast("H")
print(h.tolist())
r = memoryview(b"xy"); r.release()
try:
    w[:2] = r
except ValueError as e:
    print(type(e).__name__, e)
try:
    w[:2] = "ab"
except TypeError as e:
    print(type(e).__name__, e)
