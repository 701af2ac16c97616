# open(): buffering=0/1/-1/n, the types built for each, line buffering and flush behaviour.
import os
import io
D = "/tmp/glasspy_builtins_open_buffering"
def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(os.path.join(D, n))
        os.rmdir(D)
cleanup()
os.mkdir(D)
P = os.path.join(D, "b.bin")
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, str(e).replace(D, "$D"))

def on_disk():
    with open(P, "rb") as f:
        return f.read()
for mode, buffering in [("rb", 0), ("wb", 0), ("rb", -1), ("wb", 10), ("ab", 0), ("r+b", 0), ("r+b", 100),
                        ("w", -1), ("w", 1), ("r", 1), ("w", 5), ("rb", 1)]:
    try:
        with open(P, mode, buffering=buffering) as f:
            print(mode, buffering, type(f).__name__, getattr(f, "line_buffering", None),
                  type(getattr(f, "buffer", None)).__name__, type(getattr(f, "raw", f)).__name__)
    except Exception as e:
        print(mode, buffering, "EXC", type(e).__name__, e)
t("text unbuffered", lambda: open(P, "w", buffering=0))
t("buffering negative other", lambda: type(open(P, "rb", buffering=-5)).__name__)
t("buffering float", lambda: open(P, "rb", buffering=1.5))
t("buffering str", lambda: open(P, "rb", buffering="1"))
f = open(P, "wb", buffering=0)
f.write(b"unbuffered")
print("raw write visible", on_disk())
f.close()
f = open(P, "wb", buffering=4096)
f.write(b"buffered")
print("buffered before flush", on_disk())
f.flush()
print("after flush", on_disk())
f.close()
f = open(P, "w", buffering=1)
f.write("line one")
print("line buffered no newline", on_disk())
f.write(" done\nnext")
print("line buffered newline", on_disk())
f.close()
print("after close", on_disk())
f = open(P, "w")
f.write("x" * 10)
print("default text buffered", on_disk())
f.close()
f = open(P, "wb", buffering=8)
f.write(b"0123456789abcdef")
print("larger than buffer", on_disk())
f.close()
f = open(P, "rb", buffering=0)
print("raw read", f.read(4), f.readall() if hasattr(f, "readall") else None, f.read())
f.close()
with open(P, "r+b", buffering=0) as f:
    print("raw readinto", f.readinto(bytearray(3)), f.tell())
t("line buffering reconfigure", lambda: (lambda f: (f.reconfigure(line_buffering=True), f.line_buffering, f.close())[1])(open(P, "w")))
cleanup()
