# memoryview equality against views, bytes, and other exporters; ordering is unsupported
a = memoryview(b"abc")
print(a == b"abc", a == bytearray(b"abc"), a == memoryview(b"abc"), a != b"abd", a == "abc", a == [97, 98, 99])
print(a == a, a[::2] == b"ac", a[::-1] == b"cba", a[1:1] == b"", memoryview(b"") == b"")
print(b"abc" == a, bytearray(b"abc") == a, "abc" != a)
h = memoryview(b"\x01\x00\x02\x00").cast("H")
print(h == memoryview(b"\x01\x00\x02\x00"), h == memoryview(b"\x01\x00\x02\x00").cast("h"), h.tolist())
print(h == memoryview(b"\x01\x00\x02\x00").cast("B", [2, 2]))
d = memoryview(b"\x00" * 8).cast("d")
nan = memoryview(b"\x00\x00\x00\x00\x00\x00\xf8\x7f").cast("d")
print(d == d, nan == nan, nan.tolist())
nan2 = memoryview(bytes(nan))
print(nan2 == nan2, nan2.cast("d") == nan2.cast("d"))
for op in ("<", "<=", ">", ">="):
    try:
        eval("a %s b'abc'" % op)
    except TypeError as e:
        print(type(e).__name__, e)
released = memoryview(b"abc")
released.release()
print(released == released, released == a, a == released, released != a)
f = memoryview(b"\x00\x00\x80\x3f").cast("f")
print(f.tolist(), f == memoryview(b"\x00\x00\x80\x3f").cast("f"))
c = memoryview(b"xy").cast("c")
print(c == b"xy", c.tolist(), c == memoryview(b"xy"))
q = memoryview(bytes(16)).cast("q")
print(q == memoryview(bytes(16)).cast("Q"), q == memoryview(bytes(16)).cast("d"), q.tolist())
m2d = memoryview(bytes(range(6))).cast("B", [2, 3])
print(m2d == memoryview(bytes(range(6))).cast("B", [3, 2]), m2d == memoryview(bytes(range(6))).cast("B", [2, 3]))
print(m2d == bytes(range(6)))
class Weird:
    def __eq__(self, other):
        return "weird"
print(a == Weird(), Weird() == a)
print(len({bytes(a), bytes(memoryview(b"abc"))}), hash(a) == hash(b"abc"))
