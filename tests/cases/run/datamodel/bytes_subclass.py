# bytes subclasses and __bytes__.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Payload(bytes):
    def __repr__(self): return f"Payload({bytes.__repr__(self)})"
    def __str__(self): return "payload str"
p = Payload(b"abc")
print(p, repr(p), len(p), p[0], p[:1], type(p[:1]).__name__, p + b"d", type(p + b"d").__name__)
print(bytes(p), type(bytes(p)).__name__, p.upper(), type(p.upper()).__name__, p.hex(), p.decode())
print(p == b"abc", hash(p) == hash(b"abc"), b"%s" % p, b"x".join([p, p]), list(p))

class Conv:
    def __bytes__(self): return b"converted"
print(bytes(Conv()), Payload(Conv()), type(Payload(Conv())).__name__)
class BadConv:
    def __bytes__(self): return "str"
err(lambda: bytes(BadConv()))
class SubConv:
    def __bytes__(self): return Payload(b"sub")
print(repr(bytes(SubConv())))
class IndexList:
    def __index__(self): return 3
print(bytes(IndexList()), bytes([1, 2]), bytes(range(3)), bytes("hé", "utf-8"))
err(lambda: bytes("text"))
err(lambda: bytes(-1))
err(lambda: bytes([256]))
err(lambda: bytes(["a"]))
err(lambda: bytes(1.5))
err(lambda: bytes(b"x", "utf-8"))
err(lambda: bytes("x", errors="strict"))
err(lambda: bytes(None))
class NoneBytes:
    __bytes__ = None
err(lambda: bytes(NoneBytes()))
class Buf(bytearray): pass
b = Buf(b"xy")
b.append(122)
print(b, type(b).__name__, type(b + b"").__name__, bytes(b), b.decode())
err(lambda: Buf(b"x") + "s")
err(lambda: b"a" + "b")
err(lambda: "a" + b"b")
err(lambda: b"%d" % "x")
print(bytes.fromhex("6869"), Payload.fromhex("6869"), type(Payload.fromhex("6869")).__name__)

# str() of bytes and bytearray subclasses uses the built-in repr, not an override
class ReprBytes(bytes):
    def __repr__(self): return "custom"
class ReprArray(bytearray):
    def __repr__(self): return "customBA"
print(str(ReprBytes(b"x")), repr(ReprBytes(b"x")), f"{ReprBytes(b'y')}", "%s" % ReprBytes(b"z"), [ReprBytes(b"w")])
print(str(ReprArray(b"x")), f"{ReprArray(b'q')}", repr(ReprArray()))
for t in (bytes, bytearray, int, str, list, object):
    print(t.__name__, "__str__" in vars(t), "__repr__" in vars(t), "__sizeof__" in vars(t))
