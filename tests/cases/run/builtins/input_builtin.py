# input(): prompts, reading from a replaced sys.stdin, EOF and errors.
import io
import sys
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

sys.stdin = io.StringIO("first line\nsecond\r\n\nlast without newline")
print(repr(input()))
print(repr(input("prompt> ")))
print(repr(input(42)))
print(repr(input()))
t("last", lambda: input())
t("eof", lambda: input())
t("eof prompt", lambda: input("?"))
t("two args", lambda: input("a", "b"))
t("kw", lambda: input(prompt="x"))
sys.stdin = io.StringIO("x\n")
class P:
    def __str__(self):
        return "custom prompt: "
print(repr(input(P())))
class Reader:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
sys.stdin = Reader(["from reader\n"])
t("reader", lambda: input())
t("reader eof", lambda: input())
class BadReader:
    def readline(self):
        return 5
sys.stdin = BadReader()
t("bad readline", lambda: input())
class BytesReader:
    def readline(self):
        return b"bytes\n"
sys.stdin = BytesReader()
t("bytes readline", lambda: input())
sys.stdin = None
t("stdin None", lambda: input())
del sys.stdin
t("stdin deleted", lambda: input())
sys.stdin = io.StringIO("a\n")
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
real = sys.stdout
sys.stdout = out = Out()
value = input("to custom stdout ")
sys.stdout = real
print(repr(value), out.parts)
sys.stdout = None
sys.stdin = io.StringIO("b\n")
try:
    input("p")
except Exception as e:
    msg = (type(e).__name__, str(e))
sys.stdout = real
print(msg)
sys.stdin = io.StringIO("\u00e9t\u00e9\n")
print(repr(input()))
sys.stdin = io.StringIO("with\0nul\n")
t("nul", lambda: input())
