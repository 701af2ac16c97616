# struct: Struct objects, pack_into/unpack_from on bytearray and memoryview,
# iter_unpack, subclassing and the module cache.
import struct

s = struct.Struct("<hId")
print(s.format, s.size, type(s).__name__, type(s).__module__)
packed = s.pack(-2, 70000, 2.5)
print(packed, s.unpack(packed), s.unpack_from(b"xx" + packed, 2), s.unpack_from(buffer=packed))
buf = bytearray(20)
s.pack_into(buf, 3, 1, 2, 3.0)
print(buf)
mv = memoryview(buf)
struct.pack_into(">H", mv, 0, 0xABCD)
print(bytes(mv[:4]), struct.unpack_from(">H", mv), struct.unpack(">H", mv[:2]))
print(list(struct.iter_unpack("<hh", bytes(range(12)))))
it = struct.Struct("B").iter_unpack(b"abc")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(struct.Struct(b">q").unpack(b"\xff" * 8), struct.Struct(b">q").format)

class Big(struct.Struct):
    def __init__(self, fmt):
        super().__init__(">" + fmt)

b = Big("hh")
print(b.format, b.pack(1, 2), isinstance(b, struct.Struct))
fresh = struct.Struct.__new__(struct.Struct)
print(repr(fresh.format), fresh.size)
fresh.__init__("3s")
print(fresh.format, fresh.pack(b"abcdef"))

struct._clearcache()
for i in range(150):
    struct.calcsize(str(i) + "x")
print(struct.calcsize("149x"), struct.pack("=Q", 1))
print(sorted(n for n in dir(struct) if not n.startswith("_")))
