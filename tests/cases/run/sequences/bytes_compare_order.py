# ordering and equality of bytes and bytearray, including mixed operands
vals = [b"", b"\x00", b"a", b"ab", b"b", b"\xff", bytearray(b"a"), bytearray(b"aa"), bytearray(b"")]
for x in vals:
    row = []
    for y in vals:
        row.append("%d%d%d" % (x < y, x == y, x > y))
    print(repr(x).ljust(20), " ".join(row))
print(sorted(vals))
print(max(vals), min(vals))
print(b"abc" == b"abc", b"abc" is not bytearray(b"abc"), b"a" != bytearray(b"a"), bytearray(b"x") == bytearray(b"x"))
print(b"a" == 97, b"a" == "a", bytearray(b"a") == "a", b"" == bytearray(), b"\x00" == bytearray(1))
for a, b in ((b"a", "a"), (bytearray(b"a"), "a"), (b"a", 1), (bytearray(), None), (b"a", [97])):
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print(b"a" <= memoryview(b"b") if False else "skip", bytearray(b"a") < memoryview(b"b"), bytearray(b"b") > memoryview(b"a"))
try:
    b"a" < memoryview(b"b")
except TypeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __eq__(self, other):
        return "custom eq"
    def __lt__(self, other):
        return "custom lt"
    def __gt__(self, other):
        return "custom gt"
print(b"x" == Cmp(), bytearray(b"x") == Cmp(), b"x" < Cmp(), bytearray(b"x") > Cmp())
class BSub(bytes):
    def __eq__(self, other):
        return "sub eq"
    __hash__ = bytes.__hash__
print(b"x" == BSub(b"x"), BSub(b"x") == b"x", bytearray(b"x") == BSub(b"x"))
print(b"abc".__eq__("abc"), bytearray(b"abc").__eq__("abc"), b"abc".__lt__(1), bytearray(b"a").__lt__(1))
m = memoryview(b"abcd")
r = memoryview(b"x"); r.release()
for other in (m, m[::2], r, memoryview(b"ac"), memoryview(b"\x00\x00").cast("H")):
    for op in ("==", "<", ">="):
        try:
            print(op, eval("bytearray(b'ac') %s other" % op), eval("other %s bytearray(b'ac')" % op))
        except (TypeError, ValueError) as e:
            print(op, type(e).__name__, e)
