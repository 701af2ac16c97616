# FileIO: the raw file object and its methods.
import io
import os

D = "/tmp/glasspy-io-test-fileio_raw"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.bin"

f = io.FileIO(p, "w")
print(repr(f), f.mode, f.name == p, f.closefd, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.write(b"hello world"), f.tell(), f.seek(0), f.write(b"J"), f.seek(0, 2), f.truncate(5), f.tell())
f.close()
print(repr(f), f.closed)
with io.FileIO(p) as f:
    print(repr(f), f.read(2), f.readall(), f.read(), f.tell())
    b = bytearray(3)
    f.seek(1)
    print(f.readinto(b), b, f.seek(-2, 2), f.read(10))
    try:
        f.seek(1.0)
    except TypeError as e:
        print(e)
for mode in ("r+", "a", "a+", "x", "rb+", "wb"):
    if mode == "x":
        os.remove(p)
    with io.FileIO(p, mode) as f:
        print(mode, f.mode, f.readable(), f.writable())
with io.FileIO(p, "r+") as f:
    print(f.read(), f.write(b"XY"), f.seek(0), f.read())
g = io.FileIO(0, closefd=False)
print(repr(g), g.name, g.closefd)
g.close()
print(repr(g))
print(io.FileIO.__mro__)
print(issubclass(io.FileIO, io.IOBase), io.FileIO.__base__.__name__)
os.remove(p)
os.rmdir(D)
