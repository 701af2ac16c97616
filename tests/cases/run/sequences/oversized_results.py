# results too large to build must raise, never abort
import sys
M = sys.maxsize
cases = [
    ("center", lambda: b"x".center(M)), ("ljust", lambda: b"x".ljust(M - 10)),
    ("rjust", lambda: b"x".rjust(2**62)), ("zfill", lambda: b"-1".zfill(M)), ("ba zfill", lambda: bytearray(b"1").zfill(2**61)),
    ("pct width", lambda: b"%*d" % (2**40, 1)), ("pct prec", lambda: b"%.*d" % (2**40, 1)), ("pct s width", lambda: b"%*s" % (2**62, b"x")),
    ("pct huge width", lambda: b"%99999999999999999999d" % 1), ("list repeat", lambda: [1, 2] * 2**61), ("tuple repeat", lambda: (1, 2) * 2**61),
    ("bytes repeat", lambda: b"ab" * 2**61), ("replace", lambda: (b"a" * 1000).replace(b"a", b"b" * 1000000)[:0] if False else "skip"),
    ("hex sep", lambda: b"".hex(":", 2**30)), ("ljust small", lambda: len(b"x".ljust(1000))), ("zfill small", lambda: b"+7".zfill(5)),
    ("center small", lambda: bytearray(b"ab").center(7, b"*")), ("expandtabs", lambda: b"a\tb\n\tc".expandtabs(3)),
    ("replace grow", lambda: b"a.b.c".replace(b".", b"--")), ("replace shrink", lambda: bytearray(b"a..b..c").replace(b"..", b"", 1)),
    ("replace empty", lambda: b"abc".replace(b"", b"-", 2)), ("replace empty all", lambda: b"abc".replace(b"", b"<>")),
    ("replace empty on empty", lambda: b"".replace(b"", b"x", 5)), ("zfill sign only", lambda: b"-".zfill(3)), ("zfill empty", lambda: b"".zfill(3)),
]
for name, fn in cases:
    try:
        print(name, fn())
    except (OverflowError, MemoryError, ValueError) as e:
        print(name, type(e).__name__, e)
try:
    b"".join([b"x" * 10**6] * 10**7)
except MemoryError as e:
    print("join", type(e).__name__)

