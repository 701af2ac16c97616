# with closes files; operations on closed files fail with CPython's messages.
import io
import os

D = "/tmp/glasspy-io-test-with_closing"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open(p, "w") as f:
    f.write("data\n")
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
attempt("text write", lambda: f.write("x"))
attempt("text read", lambda: f.read())
attempt("text readline", lambda: f.readline())
attempt("text tell", lambda: f.tell())
attempt("text next", lambda: next(f))
attempt("text fileno", lambda: f.fileno())
attempt("text flush", lambda: f.flush())
attempt("text enter", lambda: f.__enter__())
attempt("text close again", lambda: f.close())
with open(p, "rb") as b:
    pass
attempt("buffered read", lambda: b.read())
attempt("buffered peek", lambda: b.peek())
attempt("buffered seek", lambda: b.seek(0))
attempt("buffered tell", lambda: b.tell())
attempt("buffered fileno", lambda: b.fileno())
attempt("buffered repr", lambda: b)
with open(p, "wb") as w:
    attempt("writer read", lambda: w.read())
attempt("writer write", lambda: w.write(b"x"))
attempt("writer flush", lambda: w.flush())
raw = io.FileIO(p, "w")
raw.close()
attempt("raw repr", lambda: raw)
for name in ("write", "read", "fileno", "tell", "isatty", "readable"):
    attempt("raw " + name, lambda: getattr(raw, name)(*((b"a",) if name == "write" else ())))
with io.FileIO(p, "r") as raw:
    attempt("raw write r", lambda: raw.write(b"x"))
with io.FileIO(p, "w") as raw:
    attempt("raw read w", lambda: raw.read())
    attempt("raw readinto w", lambda: raw.readinto(bytearray(2)))
with open(p) as r:
    attempt("text write on r", lambda: r.write("x"))
with open(p, "w") as w:
    attempt("text read on w", lambda: w.read())
    attempt("text write bytes", lambda: w.write(b"x"))


class Tracked(io.StringIO):
    def close(self):
        print("closing", self.getvalue())
        super().close()


with Tracked("inside") as t:
    pass
print(t.closed)
os.remove(p)
os.rmdir(D)
