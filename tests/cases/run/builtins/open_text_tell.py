# Text files: tell()/seek() cookies across multi-byte characters, CRLF translation and BOMs.
import os
D = "/tmp/glasspy_builtins_open_text_tell"
def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(os.path.join(D, n))
        os.rmdir(D)
cleanup()
os.mkdir(D)
P = os.path.join(D, "tell.txt")
with open(P, "wb") as f:
    f.write("a\r\nb\u00e9c\r\nd\r\ne\n".encode())
with open(P, newline=None) as f:
    out = []
    for _ in range(8):
        out.append((f.read(1), f.tell()))
    print(out)
with open(P, newline=None) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read()))
    f.seek(pos)
    print(repr(f.read()))
for enc in ("utf-16", "utf-8-sig", "utf-16-le"):
    with open(P, "w", encoding=enc) as f:
        f.write("abc\ndef\n")
        print(enc, "write tell", f.tell())
    with open(P, encoding=enc) as f:
        print(enc, repr(f.read(2)), f.tell())
        print(enc, repr(f.readline()), f.tell())
        p = f.tell()
        print(enc, repr(f.read()))
        f.seek(p)
        print(enc, "after seek", repr(f.read()))
        f.seek(0)
        print(enc, "from start", repr(f.read(3)), f.tell())
with open(P, "w", encoding="utf-8") as f:
    print(f.tell(), f.write("\u00e9\u00e9"), f.tell())
with open(P, "a", encoding="utf-8") as f:
    print("append tell", f.tell())
with open(P, encoding="utf-8") as f:
    print(repr(f.read(1)), f.tell(), repr(f.read(1)), f.tell(), repr(f.read(1)), f.tell())
cleanup()
