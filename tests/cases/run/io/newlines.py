# Newline translation on reading and writing for each newline= value.
import os

D = "/tmp/glasspy-io-test-newlines"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"

with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\n\re")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\r\nz\r")
    with open(p, "rb") as f:
        print(repr(nl), f.read())
try:
    open(p, newline="x")
except ValueError as e:
    print(e)
try:
    open(p, newline=5)
except TypeError as e:
    print(e)
os.remove(p)
os.rmdir(D)
