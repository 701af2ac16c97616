# format(), str(), bool() and len() of sequence values
values = [[], [0], (), (0,), range(0), range(1), b"", b"\x00", bytearray(), bytearray(1), memoryview(b""), memoryview(b"a"), slice(0)]
for v in values:
    try:
        size = len(v)
    except TypeError as e:
        size = "%s: %s" % (type(e).__name__, e)
    print(type(v).__name__, bool(v), size, format(v, "") if not isinstance(v, memoryview) else "mv", str(v) if not isinstance(v, memoryview) else "mv")
for v, spec in (([1], "x"), ((1,), ">10"), (range(3), "s"), (b"ab", "10"), (bytearray(), "d"), (slice(1), "x")):
    try:
        print(format(v, spec))
    except TypeError as e:
        print(type(e).__name__, e)
print("{}|{!r}|{!s}|{!a}".format([1, "é"], (2,), b"b", [b"\xff", "é"]))
print(f"{[1, 2]!r:>12}|{(3,)!s:<6}|{range(2)}|{b'x'!a}")
print("%s %r %a" % ([1], (2,), ["é"]), "%s" % ((1, 2),), "%s" % [()])
try:
    "%s %s" % [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print("%(a)s" % {"a": [1]}, "%d items" % len([1, 2]))
