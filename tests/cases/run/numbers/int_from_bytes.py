def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

samples = [b"", b"\x00", b"\x01", b"\x7f", b"\x80", b"\xff", b"\x00\x01", b"\x01\x00",
           b"\xff\xff", b"\x80\x00", b"\x00\x80", b"\xff" * 9, b"\x01" + b"\x00" * 16]
for s in samples:
    for order in ("big", "little"):
        print(s.hex(), order, int.from_bytes(s, order), int.from_bytes(s, order, signed=True))
t("default order", lambda: int.from_bytes(b"\x01\x02"))
t("bytearray", lambda: int.from_bytes(bytearray(b"\x01\x02"), "little"))
t("memoryview", lambda: int.from_bytes(memoryview(b"\x01\x02\x03")[1:], "big"))
t("list", lambda: int.from_bytes([1, 2, 3], "big"))
t("list bad", lambda: int.from_bytes([1, 256], "big"))
t("list neg", lambda: int.from_bytes([-1], "big"))
t("tuple", lambda: int.from_bytes((255, 0), "little"))
t("generator", lambda: int.from_bytes((i for i in range(4)), "big"))
t("str", lambda: int.from_bytes("ab", "big"))
t("int", lambda: int.from_bytes(5, "big"))
t("bad order", lambda: int.from_bytes(b"\x01", "sideways"))
t("order type", lambda: int.from_bytes(b"\x01", b"big"))
t("bool subclass", lambda: bool.from_bytes(b"\x01", "big"))
t("bool subclass zero", lambda: bool.from_bytes(b"\x00\x00", "big"))
class MyInt(int):
    def __new__(cls, v):
        print("MyInt.__new__", v)
        return super().__new__(cls, v)
t("subclass", lambda: (lambda r: (type(r).__name__, r))(MyInt.from_bytes(b"\x10", "big")))
class Plain(int):
    pass
t("plain subclass", lambda: (lambda r: (type(r).__name__, r))(Plain.from_bytes(b"\x10\x00", "little")))
for v in [0, 1, -1, 12345678901234567890, -98765432109876543210987]:
    n = (v.bit_length() + 8) // 8
    b = v.to_bytes(n, "little", signed=True)
    print(v, int.from_bytes(b, "little", signed=True) == v)
