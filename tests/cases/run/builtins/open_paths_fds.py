# open(): PathLike and bytes paths, integer descriptors, closefd, opener, name and mode attributes.
import os
D = "/tmp/glasspy_builtins_open_paths"
def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(os.path.join(D, n))
        os.rmdir(D)
cleanup()
os.mkdir(D)
P = os.path.join(D, "p.txt")
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, str(e).replace(D, "$D"))

class PL:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
with open(PL(P), "w") as f:
    print("pathlike name", f.name == P, f.write("via pathlike"))
with open(P.encode(), "rb") as f:
    print("bytes path name", f.name == P.encode(), f.read())
class BadPL:
    def __fspath__(self):
        return 42
t("bad fspath", lambda: open(BadPL()))
raw = open(P, "rb", buffering=0)
fd = raw.fileno()
f = open(fd, closefd=False)
print("fd name", f.name == fd, f.read(), f.closed)
f.close()
print("fd still open", raw.closed, os.read(fd, 3))
g = open(fd, "rb", closefd=True)
g.close()
t("fd closed with file", lambda: os.read(fd, 1))
t("raw after fd closed", lambda: raw.read())
t("negative fd", lambda: open(-1))
t("bad fd", lambda: open(9999))
t("bool fd", lambda: type(open(True, closefd=False)).__name__)
t("opener returns negative", lambda: open(P, opener=lambda p, fl: -1))
t("opener returns non-int", lambda: open(P, opener=lambda p, fl: "x"))
t("opener raises", lambda: open(P, opener=lambda p, fl: 1 / 0))
with open(P, "a+b") as f:
    print("modes", f.mode, f.raw.mode, f.name == P)
with open(P, "w+") as f:
    print("text modes", f.mode, f.buffer.mode, f.buffer.raw.mode)
with open(P, "x" if not os.path.exists(P) else "r+") as f:
    print("r+ mode", f.mode, f.buffer.raw.mode)
t("float path", lambda: open(3.5))
t("list path", lambda: open([P]))
t("empty path", lambda: open(""))
cleanup()
