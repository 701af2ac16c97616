def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import sys
lst = [1, 2, 3]
t("[1][2**100]", lambda: lst[2**100])
t("[1][-2**100]", lambda: lst[-(2**100)])
t("[1][2**63]", lambda: lst[2**63])
t("[1][2**63-1]", lambda: lst[2**63 - 1])
t("slice big", lambda: lst[2**100:])
t("slice big neg", lambda: lst[-(2**100):2**100])
t("slice big step", lambda: lst[::2**100])
t("slice zero step", lambda: lst[::0])
t("str * 2**63", lambda: "ab" * 2**63)
t("str * 2**100", lambda: "ab" * 2**100)
t("list * -2**100", lambda: [1] * -(2**100))
t("bytes(-1)", lambda: bytes(-1))
t("bytes(2**100)", lambda: bytes(2**100))
t("bytearray(2**63)", lambda: bytearray(2**63))
t("range(2**100)[2**99]", lambda: range(2**100)[2**99])
t("len(range(2**100))", lambda: len(range(2**100)))
t("range(2**100).index", lambda: range(2**100).index(2**99))
t("'x'.center(2**100)", lambda: "x".center(2**100))
t("'x'.ljust(-2**100)", lambda: "x".ljust(-(2**100)))
t("int.to_bytes len 2**100", lambda: (1).to_bytes(2**100, "big"))
t("list.insert huge", lambda: (lambda l: (l.insert(2**100, 9), l))([1, 2]))
t("list.insert -huge", lambda: (lambda l: (l.insert(-(2**100), 9), l))([1, 2]))
t("list.pop huge", lambda: [1].pop(2**100))
t("tuple.index start huge", lambda: (1, 2).index(2, -(2**100), 2**100))
t("str.find huge", lambda: "abc".find("c", -(2**100), 2**100))
t("'%*d' huge", lambda: "%*d" % (2**100, 1))
t("round ndigits 2**63", lambda: round(1.5, 2**63))
t("sys.maxsize + 1 index", lambda: lst[sys.maxsize + 1])
t("bool index", lambda: (lst[True], lst[False], lst[-True]))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
t("Idx big", lambda: lst[Idx(2**100)])
t("Idx slice", lambda: lst[Idx(1):Idx(2**100)])
t("Idx repeat", lambda: "ab" * Idx(3))
t("Idx float", lambda: lst[Idx(1.0)])
t("float index", lambda: lst[1.0])
t("memoryview big", lambda: memoryview(b"abc")[2**100])
