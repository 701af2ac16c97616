# Binary files: the buffered classes open() returns and their methods.
import os

D = "/tmp/glasspy-io-test-binary_modes"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.bin"

with open(p, "wb") as f:
    print(repr(f), repr(f.raw), f.mode)
    print(f.write(b"0123456789"), f.write(bytearray(b"abc")), f.write(memoryview(b"xyz")), f.tell())
with open(p, "rb") as f:
    print(repr(f), f.read(4), f.peek(2)[:2], f.read1(3), f.tell())
    print(f.readline(), f.read(), f.read())
    b = bytearray(5)
    f.seek(2)
    print(f.readinto(b), b, f.tell())
    print(f.seek(-3, 2), f.read())
    print(f.seek(0), f.seek(4, 1), f.read(2))
with open(p, "r+b") as f:
    print(repr(f))
    f.seek(3)
    f.write(b"---")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())
with open(p, "ab") as f:
    print(f.tell(), f.write(b"!"), f.tell())
with open(p, "rb", buffering=0) as f:
    print(repr(f), f.read(2), f.readall(), f.read())
with open(p, "a+b") as f:
    f.seek(0)
    print(f.read())
with open(p, "w+b") as f:
    f.write(b"line1\nline2\nline3")
    f.seek(0)
    print(list(f))
    f.seek(0)
    print(f.readlines(), f.readable(), f.writable(), f.seekable(), f.isatty())
os.remove(p)
os.rmdir(D)
