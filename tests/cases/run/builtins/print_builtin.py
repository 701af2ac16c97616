# print(): sep, end, file, flush, None values, non-str separators and errors.
import io
import sys
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

print()
print("a", "b", 1, None, 2.5, [1], sep="")
print("a", "b", sep=None)
print("a", "b", end=None)
print("x", sep="-", end="|\n")
print(*range(5), sep=", ")
print("no newline", end="")
print(" continued")
print("multi", "sep", sep="\n--\n")
buf = io.StringIO()
print("to", "buffer", file=buf, sep="_")
print("again", file=buf, end="!")
print(repr(buf.getvalue()))
print("file None", file=None)
t("sep int", lambda: print("a", sep=1))
t("end int", lambda: print("a", end=2))
t("sep bytes", lambda: print("a", sep=b""))
t("file no write", lambda: print("a", file=object()))
t("file int", lambda: print(file=5))
t("bad kw", lambda: print("a", spam=1))
class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(("write", s))
        return len(s)
    def flush(self):
        self.calls.append(("flush",))
r = Recorder()
print("x", 1, file=r, flush=True)
print(r.calls)
r.calls.clear()
print(file=r, sep="ignored", end="E")
print(r.calls)
class NoFlush:
    def write(self, s):
        pass
t("flush missing", lambda: print("a", file=NoFlush(), flush=True))
t("flush falsy", lambda: print("a", file=NoFlush(), flush=0))
class WriteRaises:
    def write(self, s):
        raise OSError("disk full")
t("write raises", lambda: print("a", file=WriteRaises()))
class StrRaises:
    def __str__(self):
        raise ValueError("no str")
t("str raises", lambda: print(StrRaises(), file=io.StringIO()))
class StrSub(str):
    def __str__(self):
        return "should not be called"
out = io.StringIO()
print(StrSub("real"), file=out)
print(repr(out.getvalue()))
class Custom:
    def __str__(self):
        return "custom str"
print(Custom(), Custom(), sep=StrSub("/"))
real = sys.stdout
sys.stdout = None
print("discarded when stdout is None")
sys.stdout = real
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    err = str(e)
sys.stdout = real
print(err)
print("\u00e9\u4e2d\U0001f600", "\x00", sep="|")
print(b"bytes", bytearray(b"ba"), 1j, sep=" ; ")
t("flush kw types", lambda: print("", end="", flush=[]))
t("file kw positional", lambda: print("a", io.StringIO()))
print(type(print).__name__, print.__name__)
