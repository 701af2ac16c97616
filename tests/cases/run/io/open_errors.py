# open() and FileIO argument checking and OSError reports.
import io
import os

D = "/tmp/glasspy-io-test-open_errors"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"
with open(p, "w") as f:
    f.write("x")


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("float", lambda: open(3.5))
attempt("list", lambda: open([]))
attempt("mode int", lambda: open(p, 5))
for mode in ("rr", "q", "rw", "b", "+", "tb", "rU", "wx"):
    attempt("mode " + mode, lambda: open(p, mode))
attempt("enc b", lambda: open(p, "rb", encoding="u"))
attempt("errors b", lambda: open(p, "rb", errors="u"))
attempt("newline b", lambda: open(p, "rb", newline="u"))
attempt("unbuffered text", lambda: open(p, "r", buffering=0))
attempt("buffering str", lambda: open(p, "r", buffering="a"))
attempt("closefd name", lambda: open(p, "r", closefd=False))
attempt("missing", lambda: open(D + "/missing.txt"))
attempt("directory", lambda: open(D))
attempt("directory w", lambda: open(D, "w"))
attempt("exists", lambda: open(p, "x"))
attempt("bad encoding", lambda: open(p, "w", encoding="bogus"))
attempt("fileio mode", lambda: io.FileIO(p, "rw"))
attempt("fileio mode2", lambda: io.FileIO(p, "z"))
attempt("fileio negative", lambda: io.FileIO(-3))
attempt("fileio float", lambda: io.FileIO(1.5))
try:
    open(D + "/missing.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename == D + "/missing.txt", isinstance(e, FileNotFoundError))
try:
    open(D)
except IsADirectoryError as e:
    print(e.errno, e.strerror)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.BlockingIOError is BlockingIOError, io.DEFAULT_BUFFER_SIZE)
print(open is io.open, io.open_code(p))
stdin = open(0, closefd=False)
print(repr(stdin), repr(stdin.buffer.raw))
stdin.close()
print(stdin.closed)
holder = io.FileIO(p)
opened = []


def opener(path, flags):
    opened.append((path == p, isinstance(flags, int)))
    return holder.fileno()


with open(p, opener=opener) as f:
    print(f.read(), opened)
try:
    holder.close()
except OSError as e:
    print(type(e).__name__, e.errno)
attempt("opener negative", lambda: open(p, opener=lambda path, flags: -1))
os.remove(p)
os.rmdir(D)
