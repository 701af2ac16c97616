# print(file=...) to files, StringIO and custom writers; sys.stdout.write results.
import io
import os
import sys

D = "/tmp/glasspy-io-test-print_file"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"

with open(p, "w") as f:
    print("a", 1, 2.5, None, file=f)
    print("b", "c", sep="-", end="!\n", file=f)
    print(file=f)
    print("flushed", file=f, flush=True)
with open(p) as f:
    print(repr(f.read()))
s = io.StringIO()
print("to", "stringio", file=s)
print(repr(s.getvalue()))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


w = Writer()
print("x", 2, file=w, sep="|")
print(w.parts)
print(sys.stdout.write("written\n"), sys.stdout.write(""), sys.stdout.write("\u00e9\u20ac\n"))
print(sys.stderr.write("to stderr\n"))
sys.stderr.flush()
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.errors, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(type(sys.stdout).__name__, sys.stdout.buffer.name)
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(e)
with open(p) as r:
    try:
        print("x", file=r)
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
os.remove(p)
os.rmdir(D)
