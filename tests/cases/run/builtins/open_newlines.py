# open(): newline translation on reading and writing for None, '', '\n', '\r', '\r\n'.
import os
D = "/tmp/glasspy_builtins_open_newlines"
def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(os.path.join(D, n))
        os.rmdir(D)
cleanup()
os.mkdir(D)
P = os.path.join(D, "nl.txt")
raw = b"unix\nwindows\r\nmac\rend"
with open(P, "wb") as f:
    f.write(raw)
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, newline=nl) as f:
        print("read", repr(nl), repr(f.read()), repr(f.newlines))
    with open(P, newline=nl) as f:
        print("lines", repr(nl), f.readlines())
    with open(P, newline=nl) as f:
        print("iter", repr(nl), [line for line in f])
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(P, "rb") as f:
        print("write", repr(nl), f.read())
with open(P, "wb") as f:
    f.write(b"x\r")
with open(P, "ab") as f:
    f.write(b"\ny\r\r\nz")
with open(P) as f:
    print("split crlf", repr(f.read()), f.newlines)
with open(P) as f:
    out = []
    while True:
        c = f.read(1)
        if not c:
            break
        out.append(c)
    print("char by char", out)
with open(P, newline="") as f:
    print("readline keeps", [f.readline() for _ in range(5)])
with open(P, "w") as f:
    f.write("only\n")
with open(P) as f:
    f.read()
    print("newlines after lf", repr(f.newlines))
with open(P, "wb") as f:
    f.write(b"a\r\nb\nc\r")
with open(P) as f:
    f.read()
    print("newlines mixed", f.newlines)
with open(P, "r+", newline="\r\n") as f:
    f.seek(0, 2)
    f.write("\nappended\n")
with open(P, "rb") as f:
    print("r+ crlf", f.read())
cleanup()
