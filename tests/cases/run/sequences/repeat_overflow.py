# repetition and concatenation limits: MemoryError/OverflowError for each sequence type
import sys
M = sys.maxsize
cases = [
    ("list", lambda: [1, 2] * (M // 2 + 1)), ("list big", lambda: [1] * (2**62)), ("tuple", lambda: (1, 2) * (M // 2 + 1)),
    ("bytes", lambda: b"ab" * (M // 2 + 1)), ("bytearray", lambda: bytearray(b"ab") * (M // 2 + 1)),
    ("str", lambda: "ab" * (M // 2 + 1)), ("list huge int", lambda: [1] * (2**100)), ("bytes huge int", lambda: b"a" * 2**100),
    ("tuple huge int", lambda: (1,) * 2**100), ("bytearray ctor", lambda: bytearray(M)), ("bytes ctor", lambda: bytes(M)),
    ("bytes neg ctor", lambda: bytes(-5)), ("range len", lambda: len(range(2**64))),
]
for name, fn in cases:
    try:
        r = fn()
        print(name, "ok", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(name, type(e).__name__, e)
print([] * M, () * M, b"" * M, bytearray() * M, "" * M)
print([1] * -M, (1,) * -M, b"x" * -M, bytearray(b"x") * -M, [1, 2] * 0)
for seq in ([1], (1,), b"x", bytearray(b"x"), "x"):
    try:
        seq * -(2**100)
    except OverflowError as e:
        print(type(seq).__name__, type(e).__name__, e)
empty = bytearray()
empty *= M
print(empty, b"" * M == b"")
x = [1, 2]
try:
    x *= M
except MemoryError as e:
    print(type(e).__name__, e)
print(x)
ba = bytearray(b"ab")
try:
    ba *= M
except MemoryError as e:
    print(type(e).__name__, e)
print(ba)
try:
    x *= 2**100
except OverflowError as e:
    print(type(e).__name__, e)
print(x)
