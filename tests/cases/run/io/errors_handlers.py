# errors= on reading and writing text files.
import os

D = "/tmp/glasspy-io-test-errors_handlers"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"

with open(p, "wb") as f:
    f.write(b"ok \xff\xfe bad\n")
for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
    with open(p, errors=errors) as f:
        print(errors, f.errors, ascii(f.read()))
with open(p) as f:
    print(f.errors)
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    with open(p, "w", encoding="ascii", errors=errors) as f:
        f.write("snow \u2603!")
    with open(p, "rb") as f:
        print(errors, f.read())
with open(p, "w", errors="surrogateescape") as f:
    f.write("x\udcff\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w") as f:
    try:
        f.write("lone \udc80")
        f.flush()
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
os.remove(p)
os.rmdir(D)
