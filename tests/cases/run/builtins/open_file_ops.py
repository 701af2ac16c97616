# open(): readline/readlines/seek/tell/truncate, encodings, errors and closed-file errors.
import os
D = "/tmp/glasspy_builtins_open_file_ops"
def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(os.path.join(D, n))
        os.rmdir(D)
cleanup()
os.mkdir(D)
P = os.path.join(D, "ops.txt")
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, str(e).replace(D, "$D"))

with open(P, "w", encoding="utf-8") as f:
    f.write("line1\nline2 \u00e9\nline3\n\nlast")
with open(P, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.tell() > 0)
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(P, encoding="utf-8") as f:
    print(f.readlines(8))
    t("tell after partial readlines", lambda: f.tell())
with open(P, encoding="utf-8") as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, f.seek(0, 2) == f.tell())
    t("seek cur nonzero", lambda: f.seek(5, 1))
    t("seek end nonzero", lambda: f.seek(-1, 2))
    t("seek bad whence", lambda: f.seek(0, 3))
    t("seek negative", lambda: f.seek(-1))
    t("seek float", lambda: f.seek(1.5))
    t("read after float seek", lambda: f.read(3))
    t("seek negative float", lambda: f.seek(-0.5))
    t("seek None", lambda: f.seek(None))
with open(P, "rb") as f:
    t("binary seek float", lambda: f.seek(1.5))
    t("binary readable writable", lambda: (f.readable(), f.writable()))
    print(f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(4), f.tell())
with open(P, "r+", encoding="utf-8") as f:
    print(f.truncate(5), f.read(), f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(), os.path.getsize(P))
with open(P, "wb") as f:
    f.write(b"abcdef")
    print(f.truncate(3), f.tell())
print(os.path.getsize(P))
with open(P, "w", encoding="latin-1") as f:
    f.write("caf\u00e9")
with open(P, "rb") as f:
    print(f.read())
t("strict decode", lambda: open(P, encoding="utf-8").read())
t("replace decode", lambda: open(P, encoding="utf-8", errors="replace").read())
t("ignore decode", lambda: open(P, encoding="ascii", errors="ignore").read())
t("surrogateescape", lambda: ascii(open(P, encoding="utf-8", errors="surrogateescape").read()))
t("encode error", lambda: open(P, "w", encoding="ascii").write("\u20ac"))
t("encode xmlcharref", lambda: (open(P, "w", encoding="ascii", errors="xmlcharrefreplace").write("\u20ac"), open(P, "rb").read()))
t("bad errors name", lambda: open(P, "w", encoding="ascii", errors="nope").write("\u20ac"))
f = open(P, "w")
print(f.closed, f.name == P, f.encoding, f.errors)
f.close()
print(f.closed)
f.close()
for name, call in [("write", lambda: f.write("x")), ("read", lambda: f.read()), ("readline", lambda: f.readline()),
                   ("seek", lambda: f.seek(0)), ("tell", lambda: f.tell()), ("truncate", lambda: f.truncate()),
                   ("flush", lambda: f.flush()), ("iter", lambda: next(iter(f))), ("enter", lambda: f.__enter__()),
                   ("readable", lambda: f.readable()), ("fileno", lambda: f.fileno()), ("isatty", lambda: f.isatty())]:
    t("closed " + name, call)
b = open(P, "rb")
b.close()
t("closed binary read", lambda: b.read())
t("closed binary write", lambda: b.write(b""))
r = open(P, "rb", buffering=0)
r.close()
t("closed raw read", lambda: r.read())
t("write to read-only", lambda: open(P).write("x"))
t("read from write-only", lambda: open(P, "w").read())
t("binary write str", lambda: open(P, "wb").write("text"))
t("text write bytes", lambda: open(P, "w").write(b"bytes"))
with open(P, "w") as f:
    t("writelines", lambda: f.writelines(["a", "b\n", "c"]))
    t("writelines bad", lambda: f.writelines([1]))
print(repr(open(P).read()))
with open(P) as f:
    print(repr(f).replace(D, "$D"))
with open(P, "rb") as f:
    print(repr(f).replace(D, "$D"))
cleanup()
