# Encodings: utf-8, latin-1, ascii, utf-16 with its BOM, utf-8-sig.
import os

D = "/tmp/glasspy-io-test-encodings"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"

text = "caf\xe9 \u20ac\n\U0001f600 end\n"
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"):
    with open(p, "w", encoding=enc) as f:
        print(enc, f.encoding, f.write(text))
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding=enc) as f:
        print(f.readlines())
with open(p, "w", encoding="latin-1") as f:
    f.write("caf\xe9\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, "w", encoding="ascii") as f:
    f.write("plain\n")
    try:
        f.write("caf\xe9")
    except UnicodeEncodeError as e:
        print(e)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print(e)
with open(p, "w", encoding="UTF8") as f:
    print(repr(f))
os.remove(p)
os.rmdir(D)
