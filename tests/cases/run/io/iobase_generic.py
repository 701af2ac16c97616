# The generic methods of the abstract bases, used by Python subclasses.
import io


class Lines(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + n] if n >= 0 else self.data[self.pos:]
        self.pos += len(chunk)
        return chunk


f = Lines(b"one\ntwo\nthree")
print(f.readline(), f.readline(2), f.readlines(), f.closed)
f = Lines(b"a\nb\n")
print(list(f))
with Lines(b"") as g:
    print(g.closed, g.readable(), g.writable(), g.seekable(), g.isatty())
print(g.closed)
for name, args in (("seek", (0,)), ("truncate", ()), ("fileno", ()), ("tell", ())):
    try:
        getattr(io.IOBase(), name)(*args)
    except Exception as e:
        print(name, type(e).__name__, e)
for name in ("_checkReadable", "_checkWritable", "_checkSeekable"):
    try:
        getattr(io.IOBase(), name)()
    except io.UnsupportedOperation as e:
        print(name, e)
closed = io.IOBase()
closed.close()
for call in (closed.flush, closed.__enter__, closed.isatty, lambda: iter(closed), closed._checkClosed):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)


class Sink(io.RawIOBase):
    def __init__(self):
        self.got = []

    def writable(self):
        return True

    def write(self, b):
        self.got.append(bytes(b))
        return len(b)


s = Sink()
s.writelines([b"x", b"yz"])
print(s.got)
for base, names in ((io.BufferedIOBase(), ("read", "read1", "detach")), (io.TextIOBase(), ("read", "readline", "detach"))):
    for name in names:
        try:
            getattr(base, name)()
        except io.UnsupportedOperation as e:
            print(type(base).__name__, name, e)
try:
    io.BufferedIOBase().write(b"")
except io.UnsupportedOperation as e:
    print("write", e)
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)
try:
    io.RawIOBase().readinto(bytearray(1))
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(sorted(k for k in io.IOBase.__dict__ if not k.startswith("__")))
print(io.IOBase.__mro__, io.RawIOBase.__mro__)
