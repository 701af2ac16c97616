# open(): every mode letter, their combinations, FileExistsError and bad-mode errors.
import os
D = "/tmp/glasspy_builtins_open_modes"
def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(os.path.join(D, n))
        os.rmdir(D)
cleanup()
os.mkdir(D)
P = os.path.join(D, "f.txt")
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, str(e).replace(D, "$D"))

def show(f):
    return (type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())

with open(P, "w") as f:
    print(show(f), f.write("hello\n"), f.write("world\n"))
with open(P) as f:
    print(show(f), repr(f.read()))
with open(P, "a") as f:
    print(show(f), f.tell(), f.write("more\n"))
with open(P, "r+") as f:
    print(show(f), repr(f.read(5)), f.write("!"), f.seek(0), repr(f.read()))
with open(P, "w+") as f:
    print(show(f), repr(f.read()), f.write("new"), f.seek(0), repr(f.read()))
with open(P, "a+") as f:
    print(show(f), f.tell(), repr(f.read()), f.seek(0), repr(f.read()))
with open(P, "rb") as f:
    print(show(f), f.read())
with open(P, "wb") as f:
    print(show(f), f.write(b"bin\x00ary"))
with open(P, "rb+") as f:
    print(show(f), f.read(3), f.write(b"X"), f.seek(0), f.read())
with open(P, "ab") as f:
    print(show(f), f.write(b"++"))
with open(P, "rt") as f:
    print(show(f), repr(f.read()))
with open(P, "br") as f:
    print(show(f).__repr__()[:30])
t("x exists", lambda: open(P, "x"))
X = os.path.join(D, "x.txt")
with open(X, "x") as f:
    print(show(f), f.write("created"))
t("xb exists", lambda: open(X, "xb"))
with open(os.path.join(D, "xb.bin"), "xb+") as f:
    print(show(f))
t("missing file", lambda: open(os.path.join(D, "missing.txt")))
t("directory", lambda: open(D))
t("mode rw", lambda: open(P, "rw"))
t("mode rr", lambda: open(P, "rr"))
t("mode z", lambda: open(P, "z"))
t("mode empty", lambda: open(P, ""))
t("mode only b", lambda: open(P, "b"))
t("mode only +", lambda: open(P, "+"))
t("mode tb", lambda: open(P, "tb"))
t("mode wa", lambda: open(P, "wa"))
t("mode rU", lambda: open(P, "rU"))
t("mode U", lambda: open(P, "U"))
t("mode not str", lambda: open(P, 1))
t("binary with encoding", lambda: open(P, "rb", encoding="utf-8"))
t("binary with errors", lambda: open(P, "rb", errors="strict"))
t("binary with newline", lambda: open(P, "rb", newline=""))
t("bad newline", lambda: open(P, "r", newline="x"))
t("newline not str", lambda: open(P, "r", newline=5))
t("encoding not str", lambda: open(P, "r", encoding=5))
t("unknown encoding", lambda: open(P, "r", encoding="nope"))
t("file not path", lambda: open(1.5))
t("closefd with name", lambda: open(P, closefd=False))
t("bad kw", lambda: open(P, bogus=1))
t("no args", lambda: open())
t("path null", lambda: open("a\0b"))
t("mode with spaces", lambda: open(P, "r "))
cleanup()
print(os.path.exists(D))
