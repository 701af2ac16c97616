# exports through chains of views, tolist/tobytes after source mutation, and views of views
ba = bytearray(b"0123456789")
m1 = memoryview(ba)
m2 = m1[2:8]
m3 = m2[::2]
print(m2.tobytes(), m3.tobytes(), m3.obj is ba, m3.nbytes, m3.strides, m3.contiguous)
ba[2] = ord("X")
ba[4] = ord("Y")
print(m2.tobytes(), m3.tobytes(), m3.tolist())
m3[0] = ord("a")
print(ba)
m2[:] = b"ABCDEF"
print(ba, m3.tobytes())
try:
    m3[:] = b"xyz"
    print(ba)
except (ValueError, TypeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(bytes(m3), bytearray(m3), list(m3), m3.hex(), m3[::-1].tobytes())
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m1.release()
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m2.release()
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m3.release()
ba.append(33)
print(ba)
with memoryview(ba) as outer:
    with outer[1:3] as inner:
        print(inner.tobytes())
    print(outer[0])
try:
    outer[0]
except ValueError as e:
    print(type(e).__name__, e)
ba.extend(b"!!")
print(len(ba))
src = bytearray(b"abc")
v = memoryview(src)
copy_bytes = bytes(v)
src[0] = ord("z")
print(copy_bytes, v.tobytes(), bytes(v))
v.release()
ro = memoryview(b"readonly")
for attempt in (lambda: ro.__setitem__(0, 1), lambda: ro.__setitem__(slice(0, 1), b"x")):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
mro = memoryview(bytearray(b"rw")).toreadonly()
try:
    mro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(mro).readonly, mro[:1].readonly, mro.obj)
try:
    bytearray(b"x").__init__(b"yy") if False else None
    grow = bytearray(b"x")
    held = memoryview(grow)
    grow.__init__(b"yy")
except BufferError as e:
    print(type(e).__name__, e)
print(grow)
