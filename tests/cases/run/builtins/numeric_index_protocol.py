# __index__ across the builtins that need integers: bin/oct/hex/chr/range/round/pow/slices/bytes.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class NotIndex:
    def __int__(self):
        return 3
seven = I(7)
t("bin", lambda: bin(seven))
t("chr", lambda: chr(I(66)))
t("range", lambda: list(range(I(1), I(7), I(2))))
t("round ndigits", lambda: round(3.14159, I(2)))
t("pow mod", lambda: pow(I(3), I(4), I(5)))
t("slice", lambda: "abcdefgh"[I(1):I(6):I(2)])
t("list index", lambda: [10, 20, 30][I(2)])
t("bytes count", lambda: bytes(I(3)))
t("str mul", lambda: "ab" * I(3))
t("list mul", lambda: [0] * I(2))
t("enumerate start", lambda: list(enumerate("ab", I(5))))
t("int", lambda: int(I(9)))
t("float", lambda: float(I(9)))
t("complex", lambda: complex(I(9)))
t("format d", lambda: format(I(5), "d") if False else "skip")
t("hex int-only", lambda: hex(NotIndex()))
t("range int-only", lambda: range(NotIndex()))
t("chr int-only", lambda: chr(NotIndex()))
t("slice int-only", lambda: "abc"[NotIndex():])
t("int of int-only", lambda: int(NotIndex()))
t("round ndigits int-only", lambda: round(1.5, NotIndex()))
t("bytes int-only", lambda: bytes(NotIndex()))
t("str mul int-only", lambda: "a" * NotIndex())
class BoolIndex:
    def __index__(self):
        return True
t("bool index", lambda: bin(BoolIndex()))
class BigIndex:
    def __index__(self):
        return 2**100
t("big index hex", lambda: hex(BigIndex()))
t("big index list", lambda: [1][BigIndex()])
t("big index mul", lambda: "a" * BigIndex())
t("big range len", lambda: range(BigIndex())[-1])
class IndexRaises:
    def __index__(self):
        raise LookupError("index raised")
t("index raises bin", lambda: bin(IndexRaises()))
t("index raises slice", lambda: "abc"[IndexRaises():])
import operator
t("operator.index", lambda: operator.index(seven))
t("operator.index float", lambda: operator.index(1.0))
t("isinstance int", lambda: isinstance(seven, int))
t("math on index", lambda: __import__("math").factorial(I(5)))
