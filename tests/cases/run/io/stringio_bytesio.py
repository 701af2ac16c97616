# StringIO and BytesIO.
import io

s = io.StringIO("one\ntwo\nthree")
print(s.read(3), repr(s.readline()), s.tell(), s.readlines())
print(s.seek(0), list(s), s.getvalue())
s = io.StringIO()
print(s.write("abc"), s.write("\u20ac"), s.getvalue(), s.tell(), s.seek(1), s.write("Z"), s.getvalue())
print(s.seek(10), s.write("x"), repr(s.getvalue()), s.truncate(2), repr(s.getvalue()), s.tell())
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO("a\r\nb\rc\n", newline="")
print(s.readlines(), s.newlines)
s = io.StringIO(newline="\r\n")
s.write("x\ny")
print(repr(s.getvalue()), s.line_buffering, s.readable(), s.writable(), s.seekable())
print(repr(io.StringIO("abc")).startswith("<_io.StringIO object at"))
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.tell(), b.read1(), b.read())
print(b.seek(10), b.write(b"x"), b.getvalue(), b.tell(), b.truncate(3), b.getvalue())
m = b.getbuffer()
print(type(m).__name__, m.tobytes(), len(m))
try:
    b.write(b"more")
except BufferError as e:
    print(type(e).__name__, e)
m[0] = ord("A")
m.release()
print(b.getvalue(), b.write(b"!"), b.getvalue())
x = bytearray(2)
b.seek(0)
print(b.readinto(x), x, list(io.BytesIO(b"1\n2\n3")))
for f in (io.StringIO(), io.BytesIO()):
    f.close()
    print(f.closed)
    for call in (f.read, f.getvalue, f.tell):
        try:
            call()
        except ValueError as e:
            print(e)
for bad in (lambda: io.StringIO(b"x"), lambda: io.StringIO().write(b"x"), lambda: io.BytesIO().write("x"),
            lambda: io.StringIO(newline="x"), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1),
            lambda: io.StringIO().seek(0, 5), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 5),
            lambda: io.BytesIO().truncate(-1), lambda: io.StringIO().truncate(-1), lambda: io.BytesIO("x")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
