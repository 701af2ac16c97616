# Buffered and text layers over in-memory and custom raw streams.
import io

raw = io.BytesIO(b"hello\nworld\n")
r = io.BufferedReader(raw, 4)
print(r.peek(1)[:1], r.read(3), r.read1(10), r.readline(), r.read(), r.raw is raw)
w = io.BufferedWriter(io.BytesIO(), buffer_size=4)
print(w.write(b"ab"), w.raw.getvalue(), w.write(b"cdef"), w.raw.getvalue(), w.flush(), w.raw.getvalue())
rnd = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(rnd.read(3), rnd.write(b"abc"), rnd.tell(), rnd.seek(0), rnd.read())
pair = io.BufferedRWPair(io.BytesIO(b"in data"), io.BytesIO())
print(pair.read(2), pair.write(b"out"), pair.readable(), pair.writable(), pair.closed)
t = io.TextIOWrapper(io.BytesIO(b"l1\r\nl2\n"), encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n", line_buffering=True)
t.write("a\nb")
print(t.buffer.getvalue())
t.reconfigure(line_buffering=False, newline=None)
t.write("c\n")
t.flush()
print(t.buffer.getvalue(), t.line_buffering)
b = t.detach()
print(type(b).__name__, b.getvalue())
try:
    t.write("x")
except ValueError as e:
    print(e)
try:
    io.BufferedReader(io.BytesIO(), 0)
except ValueError as e:
    print(e)
t = io.TextIOWrapper(io.BytesIO("\u00e9t\u00e9\n".encode("utf-8")), encoding="utf-8")
print(repr(t.read(1)), repr(t.read(2)), t.tell(), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8")
print(repr(t), t.closed)
t.mode = "r"
print(repr(t))


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


rr = Raw(b"abcdefgh\nij")
print(rr.read(2), rr.read(), rr.read())
br = io.BufferedReader(Raw(b"line one\nline two\n"))
print(list(br))
tw = io.TextIOWrapper(io.BufferedReader(Raw("na\u00efve\n".encode())), encoding="utf-8")
print(tw.read())
print(isinstance(br, io.BufferedIOBase), isinstance(rr, io.IOBase), isinstance(tw, io.TextIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.FileIO(0, closefd=False), io.RawIOBase))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r", final=True)), d.newlines)
d.reset()
print(d.getstate(), d.newlines)
