# Text files in every mode: write, read, append, exclusive create, update.
import os

D = "/tmp/glasspy-io-test-text_modes"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"

with open(p, "w") as f:
    print(repr(f))
    print(f.write("alpha\n"), f.write("beta\n"), f.mode, f.name, f.closed)
print(f.closed)
with open(p) as f:
    print(repr(f), f.read())
with open(p, "a") as f:
    print(f.write("gamma\n"), f.tell())
with open(p, "r+") as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write("ALPHA")
    f.seek(0)
    print(repr(f.read()))
with open(p, "w+") as f:
    f.write("new\ncontent\n")
    f.seek(0)
    print(f.readlines())
with open(p, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == p)
os.remove(p)
with open(p, "x") as f:
    print(repr(f), f.write("created"))
with open(p, "rt") as f:
    print(f.read(3), f.read(100), repr(f.read()))
os.remove(p)
os.rmdir(D)
