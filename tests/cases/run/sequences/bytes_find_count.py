# find/rfind/index/rindex/count and startswith/endswith with bounds
for cls in (bytes, bytearray):
    print(cls.__name__)
    s = cls(b"abracadabra")
    for sub in (b"a", b"abra", b"", b"z", b"ra", 97, 122, bytearray(b"cad"), memoryview(b"bra")):
        print(" ", sub if not isinstance(sub, memoryview) else "mv", s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 8), s.count(sub, 1, -1))
    print(" ", s.find(b"a", -3), s.find(b"a", 100), s.find(b"", 11), s.find(b"", 12), s.rfind(b"", 5), s.count(b"", 3, 5))
    print(" ", s.find(b"a", None, None), s.find(b"a", -100, 100), s.find(b"bra", 2**70), s.find(b"a", -2**70))
    print(" ", s.index(b"c"), s.rindex(b"a"), s.index(98, 2), s.rindex(b"b", 0, 5))
    for args in ((b"z",), (b"a", 11), (256,), (-1,), ("a",), (1.5,), (b"a", "1"), (b"a", 1, [])):
        for meth in ("index", "rindex", "find", "count"):
            try:
                print(" ", meth, getattr(s, meth)(*args))
            except (ValueError, TypeError) as e:
                print(" ", meth, type(e).__name__, e)
    print(" ", s.startswith(b"abr"), s.startswith(b"bra", 1), s.startswith(b"a", 3, 4), s.endswith(b"bra"), s.endswith(b"cad", 0, 7))
    print(" ", s.startswith((b"x", b"ab")), s.endswith((b"y",)), s.startswith(()), s.startswith(b""), s.endswith(b"", 12))
    print(" ", s.startswith(bytearray(b"a")), s.endswith(memoryview(b"a")), s.startswith(b"abracadabra!"), s.startswith(b"a", -1))
    for bad in ("a", 97, [b"a"], (b"a", "b"), None):
        try:
            s.startswith(bad)
        except TypeError as e:
            print(" ", type(e).__name__, e)
        try:
            s.endswith(bad)
        except TypeError as e:
            print(" ", type(e).__name__, e)
    try:
        s.startswith()
    except TypeError as e:
        print(" ", type(e).__name__, e)
