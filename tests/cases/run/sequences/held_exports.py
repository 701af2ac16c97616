# buffers held by another object (struct.iter_unpack) block release() and resizing
import struct
m = memoryview(b"\x01\x00\x02\x00")
it = struct.iter_unpack("<H", m)
try:
    m.release()
    print("released")
except BufferError as e:
    print(type(e).__name__, e)
print(list(it))
del it
import gc; gc.collect()
m.release()
print("released now")
ba = bytearray(b"\x01\x00")
it2 = struct.iter_unpack("<H", ba)
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
print(next(it2))
del it2
ba.append(1)
print(ba)
