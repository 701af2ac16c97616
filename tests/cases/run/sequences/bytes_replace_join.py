# replace, join, concatenation helpers
for cls in (bytes, bytearray):
    print(cls.__name__)
    s = cls(b"one two one three one")
    print(" ", s.replace(b"one", b"1"), s.replace(b"one", b"1", 2), s.replace(b"one", b"", -1), s.replace(b"x", b"y"))
    print(" ", s.replace(b"", b"-"), cls(b"abc").replace(b"", b"-", 2), cls(b"").replace(b"", b"x"), cls(b"aaa").replace(b"a", b"aa"))
    print(" ", s.replace(bytearray(b"one"), memoryview(b"ONE"), 1), s.replace(b"one", b"1", 0), s.replace(b" ", b"", 2**40))
    for bad in (("one", b"1"), (b"one", "1"), (b"one",), (b"a", b"b", "1"), (b"a", b"b", 1.0)):
        try:
            s.replace(*bad)
        except TypeError as e:
            print(" ", type(e).__name__, e)
    sep = cls(b", ")
    print(" ", sep.join([b"a", bytearray(b"b"), memoryview(b"c")]), sep.join([]), sep.join([b"solo"]), sep.join(x for x in [b"g", b"h"]))
    print(" ", cls(b"").join([b"x", b"y"]), type(sep.join([])).__name__, type(cls(b"").join([b"q"])).__name__)
    for bad in (["a", b"b"], [b"a", 1], [None], "ab", 5):
        try:
            sep.join(bad)
        except TypeError as e:
            print(" ", type(e).__name__, e)
b = b"-".join([b"only"])
print(b, b"".join([b"abc"]) == b"abc")
big = b"x" * 10
print(big.replace(b"x", b"yz", 3), big.replace(b"xx", b"X"), len(big.replace(b"x", b"abc")))
print(b"aXbXc".replace(b"X", b"\x00"), b"\xff\xfe".replace(b"\xff", b"\x80"))
