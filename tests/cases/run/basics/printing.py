import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stdout
sys.stdout = cap
print("hidden", 1, 2, sep="-", end="!\n")
print("more")
sys.stdout = old
print(cap.parts)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
sys.stdout.write("direct write\n")
print(sys.stdout.write("x") , file=sys.stderr)
print()
print("a", "b", sep="")
print("no newline", end="")
print()
print(*range(5))
print(None, True, 1.5, [1, "a"], {"k": (1,)}, end="\n\n")
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(S(), [S()], str(S()), repr(S()))
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
try:
    input("prompt> ")
except EOFError as e:
    print("EOF:", e)
