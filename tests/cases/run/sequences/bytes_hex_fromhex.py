# hex() with separators and fromhex() with its errors
data = bytes(range(0, 256, 37)) + b"\x00\xff"
for cls in (bytes, bytearray):
    s = cls(data)
    print(cls.__name__, s.hex())
    for args in ((":",), ("-", 2), (" ", -2), (b"_", 3), ("|", -4), (":", 100), (":", 0), (",", 1), (",", -1)):
        try:
            print(" ", args, s.hex(*args))
        except (ValueError, TypeError) as e:
            print(" ", args, type(e).__name__, e)
    print(" ", s.hex(sep="."), s.hex(sep=".", bytes_per_sep=3), cls(b"").hex(), cls(b"").hex(":"), cls(b"\x01").hex(":"))
    for bad in (("::",), ("",), ("é",), (1,), (":", "2"), (":", 2**70), (bytearray(b":"),), ([1],), (b"\xff",), ("\u20ac",)):
        try:
            print(" ", s.hex(*bad))
        except (ValueError, TypeError, OverflowError) as e:
            print(" ", type(e).__name__, e)
    print(" ", cls.fromhex("deadbeef"), cls.fromhex("DE AD be EF"), cls.fromhex("  01  02 "), cls.fromhex(""), cls.fromhex("\t0a\n0b\x0b0c\x0c0d\r"))
    for bad in ("0", "0g", "abc", "a b", "zz", "01 2", "1 23", "éé", " 0 ", "0x10", "\x00"):
        try:
            cls.fromhex(bad)
        except ValueError as e:
            print(" ", repr(bad), type(e).__name__, e)
    for bad in (b"00", 1, None):
        try:
            cls.fromhex(bad)
        except TypeError as e:
            print(" ", type(e).__name__, e)
    print(" ", type(cls.fromhex("00")).__name__, cls.fromhex(s.hex()) == s)
class SubB(bytes):
    pass
class SubBA(bytearray):
    pass
print(type(SubB.fromhex("41")).__name__, SubB.fromhex("41"), type(SubBA.fromhex("41")).__name__)
mv = memoryview(b"\x01\x02\x03\x04")
print(mv.hex(), mv.hex(":"), mv.hex("-", 2), mv[::2].hex(), mv[1:].hex(" ", -1))
print(bytes.hex(b"\xab"), bytearray.hex(bytearray(b"\xcd"), "x"))
