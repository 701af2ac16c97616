# tell() cookies and seek() on text and binary files.
import os

D = "/tmp/glasspy-io-test-seek_tell"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"

with open(p, "w") as f:
    for i in range(5):
        f.write("line %d \u00e9\n" % i)
    print(f.tell())
with open(p) as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions)
    f.seek(positions[2][0])
    print(repr(f.readline()), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), f.read(3), f.tell())
    for args in ((1, 1), (1, 2), (0, 3), (-1,)):
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
with open(p, "wb") as f:
    f.write(b"a\r\nb\r\nc")
with open(p) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell(), repr(f.read()), f.tell())
with open(p, "rb") as f:
    print(f.seek(2), f.tell(), f.read(1), f.seek(-1, 1), f.read())
os.remove(p)
os.rmdir(D)
