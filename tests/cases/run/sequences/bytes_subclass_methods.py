# which bytes/bytearray methods return the base type for subclasses, and subclass reprs
class B(bytes):
    pass
class BA(bytearray):
    pass
b = B(b" abc ")
ba = BA(b" abc ")
for name, call in (("strip", lambda s: s.strip()), ("upper", lambda s: s.upper()), ("slice", lambda s: s[1:3]),
                   ("add", lambda s: s + b"x"), ("mul", lambda s: s * 2), ("replace", lambda s: s.replace(b"a", b"A")),
                   ("split", lambda s: s.split()[0]), ("join", lambda s: s.join([b"1", b"2"])), ("center", lambda s: s.center(9)),
                   ("copy", lambda s: s.copy() if hasattr(s, "copy") else s[:]), ("fromhex", lambda s: type(s).fromhex("41")),
                   ("translate", lambda s: s.translate(None)), ("zfill", lambda s: s.zfill(8)), ("mod", lambda s: s % ()),
                   ("partition", lambda s: s.partition(b"b")[0]), ("removeprefix", lambda s: s.removeprefix(b" ")),
                   ("expandtabs", lambda s: s.expandtabs()), ("ljust", lambda s: s.ljust(3))):
    for obj in (b, ba):
        try:
            r = call(obj)
            print(name, type(obj).__name__, "->", type(r).__name__, r)
        except TypeError as e:
            print(name, type(obj).__name__, type(e).__name__, e)
print(repr(b), repr(ba), str(b), str(ba))
class R(bytes):
    def __repr__(self):
        return "R!"
print(repr(R(b"x")), [R(b"x")], b"%r" % R(b"q") if False else "")
class WithInit(bytearray):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = "yes"
w = WithInit(b"abc")
print(w, w.extra, len(w), w + b"d", type(w + b"d").__name__)
w += b"z"
print(type(w).__name__, w, w.extra)
w *= 2
print(type(w).__name__, w)
print(B(b"ab") == b"ab", hash(B(b"ab")) == hash(b"ab"), B(b"ab") < b"b", {B(b"k"): 1}[b"k"])
print(bytes(B(b"x")) is not None, type(bytes(B(b"x"))).__name__, type(bytearray(BA(b"x"))).__name__)
class Bytes2(bytes):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
b2 = Bytes2(b"data", "t1")
print(b2, b2.tag, b2.upper(), type(b2.upper()).__name__)
print(isinstance(b, bytes), issubclass(BA, bytearray), B.__mro__)
