# Iterating over lines of text and binary files, readline with limits.
import os

D = "/tmp/glasspy-io-test-iteration"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"

with open(p, "w") as f:
    f.writelines(["first\n", "second\n", "", "third"])
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(-1)))
    try:
        f.readline(None)
    except TypeError as e:
        print(e)
    print(f.readlines(1), f.readlines())
with open(p, "rb") as f:
    print([line for line in f])
with open(p, "rb") as f:
    print(f.readline(2), f.readlines(3))
big = "".join("row %05d %s\n" % (i, "x" * (i % 37)) for i in range(3000))
with open(p, "w") as f:
    f.write(big)
with open(p) as f:
    lines = list(f)
print(len(lines), lines[0], lines[-1], "".join(lines) == big)
with open(p) as f:
    print(len(f.read()), len(big))
with open(p, "rb") as f:
    print(sum(len(l) for l in f))
with open(p) as f:
    it = iter(f)
    print(it is f, next(f), next(f))
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
os.remove(p)
os.rmdir(D)
