# translate with tables and deletions, maketrans
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], type(table).__name__, bytearray.maketrans(b"a", b"b")[97])
for cls in (bytes, bytearray):
    s = cls(b"aabbcc-abc")
    print(cls.__name__, s.translate(table), s.translate(None), s.translate(None, b"ab"), s.translate(table, b"c"))
    print(" ", s.translate(table, delete=b"-"), s.translate(bytearray(table)), s.translate(memoryview(table)), s.translate(None, delete=b""))
    for bad in ((b"short",), ("x" * 256,), (5,), (None, "a"), (table, 5)):
        try:
            s.translate(*bad)
        except (ValueError, TypeError) as e:
            print(" ", type(e).__name__, e)
    try:
        s.translate()
    except TypeError as e:
        print(" ", type(e).__name__, e)
    try:
        s.translate(table=None)
    except TypeError as e:
        print(" ", type(e).__name__, e)
for bad in ((b"ab", b"c"), ("a", "b"), (b"a",), (b"a", b"b", b"c"), (1, 2)):
    try:
        bytes.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.maketrans(b"", b"") == bytes(range(256)), bytes.maketrans(bytearray(b"x"), memoryview(b"y"))[120])
rot13 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print(b"Hello, World!".translate(rot13), b"Hello, World!".translate(rot13).translate(rot13))
print(b"x".maketrans(b"a", b"b")[97], bytes(reversed(bytes(range(256)))).hex()[:8])
b = b"keep"
print(b.translate(None) is b, b.translate(None, b"") is b)
print(b"\x00\xff".translate(bytes(reversed(range(256)))))
