# open(): text encodings with BOMs (utf-8-sig, utf-16, utf-32), the default when none is given, tell/seek.
import os
D = "/tmp/glasspy_builtins_open_encodings"
def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(os.path.join(D, n))
        os.rmdir(D)
cleanup()
os.mkdir(D)
P = os.path.join(D, "enc.txt")
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, str(e).replace(D, "$D"))

text = "h\u00e9llo \u20ac\n\U0001f600 end\n"
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "ascii"):
    try:
        with open(P, "w", encoding=enc) as f:
            f.write(text)
        with open(P, "rb") as f:
            data = f.read()
        with open(P, encoding=enc) as f:
            back = f.read()
        print(enc, len(data), data[:6], back == text)
    except Exception as e:
        print(enc, "EXC", type(e).__name__, e)
with open(P, "w", encoding="utf-8-sig") as f:
    f.write("abc")
    f.seek(0)
    f.write("x")
with open(P, "rb") as f:
    print("sig rewrite", f.read())
with open(P, "w", encoding="utf-16") as f:
    f.write("ab")
with open(P, "a", encoding="utf-16") as f:
    f.write("cd")
with open(P, "rb") as f:
    print("utf-16 append", f.read())
with open(P, encoding="utf-16") as f:
    print("utf-16 read", repr(f.read(1)), repr(f.read()))
with open(P, "wb") as f:
    f.write(b"\xef\xbb\xbfwith bom")
with open(P, encoding="utf-8") as f:
    print("utf-8 keeps bom", ascii(f.read()))
with open(P, encoding="utf-8-sig") as f:
    print("sig strips bom", ascii(f.read()))
with open(P, "w", encoding=None) as f:
    print("default encoding", f.encoding)
with open(P, "w", encoding="UTF8") as f:
    print("alias kept", f.encoding)
with open(P, "w", encoding="locale") as f:
    print("locale", f.encoding)
t("encoding bytes type", lambda: open(P, encoding=b"utf-8"))
t("errors type", lambda: open(P, errors=5))
t("bad errors name on read", lambda: open(P, encoding="ascii", errors="bogus").read())
with open(P, "wb") as f:
    f.write("\u00e9\u00e9\u00e9".encode("utf-8"))
with open(P, encoding="utf-8") as f:
    print("char read", f.read(1), f.tell(), f.read(1), f.tell())
cleanup()
