# bytes() and bytearray() constructors and their errors
for cls in (bytes, bytearray):
    print(cls.__name__)
    print(" ", cls(), cls(3), cls(0), cls([65, 66, 0, 255]), cls((1, 2)), cls(range(97, 100)))
    print(" ", cls(b"abc"), cls(bytearray(b"xy")), cls(memoryview(b"mv")), cls("héllo", "utf-8"))
    print(" ", cls("abc", "ascii"), cls("ab", encoding="utf-16-le"), cls("a\udc80", "utf-8", "surrogateescape"))
    print(" ", cls(x for x in (1, 2, 3)), cls(iter([10])), cls(True), cls(False), cls({5: "a"}))
    for args, kwargs in (((-1,), {}), (("abc",), {}), ((1.5,), {}), ((None,), {}), (([256],), {}),
                         (([-1],), {}), ((["a"],), {}), (([1.0],), {}), ((b"x", "utf-8"), {}),
                         ((1, "utf-8"), {}), (("x", "no-such-codec"), {}), (("é", "ascii"), {}),
                         ((), {"encoding": "utf-8"}), ((), {"errors": "strict"}), (("x",), {"errors": "strict"}),
                         (("x", 5), {}), (("x", "utf-8", 5), {}), ((1, 2, 3, 4), {}), ((object(),), {}),
                         (([2**70],), {}), ((2**70,), {}), ((), {"source": 1}), ((["1"],), {})):
        try:
            print(" ", cls(*args, **kwargs))
        except (TypeError, ValueError, LookupError, OverflowError, MemoryError, UnicodeError) as e:
            print(" ", type(e).__name__, e)

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class Idx:
    def __index__(self):
        return 4
print(bytes(WithBytes()), bytearray(Idx()), bytes(Idx()), bytes([Idx()]))
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(WithBytes())
except TypeError as e:
    print(type(e).__name__, e)
class OldSeq:
    def __getitem__(self, i):
        if i < 3:
            return 100 + i
        raise IndexError
print(bytes(OldSeq()), bytearray(OldSeq()))
class SubB(bytes):
    pass
sb = SubB(b"sub")
print(type(sb).__name__, sb, bytes(sb), type(bytes(sb)).__name__, bytes(sb) == sb)
b = b"same"
print(bytes(b) is b)
print(bytes.fromhex("00ff10"), bytearray.fromhex("de ad be ef"), bytes.fromhex(""))
