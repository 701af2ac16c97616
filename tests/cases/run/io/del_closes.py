# Dropping the last reference to a file closes it and flushes its buffer.
import gc
import io
import os

D = "/tmp/glasspy-io-test-del_closes"
if not os.path.isdir(D):
    os.mkdir(D)
p = D + "/f.txt"

f = open(p, "w")
f.write("unflushed text")
raw = f.buffer.raw
del f
print(raw.closed)
with open(p) as f:
    print(f.read())
b = open(p, "ab")
b.write(b" + bytes")
del b
gc.collect()
with open(p, "rb") as f:
    print(f.read())


class Noisy(io.StringIO):
    def close(self):
        print("close called")
        super().close()


n = Noisy()
del n
print("after del")
os.remove(p)
os.rmdir(D)
