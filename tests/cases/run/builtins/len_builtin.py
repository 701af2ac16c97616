# len(): containers, __len__ results (negative, huge, non-int), and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for obj in ["", "abc", "\U0001f600", b"ab", bytearray(3), [1], (1, 2), {1: 2}, {1}, frozenset(), range(10),
            range(0, 10, 3), range(10, 0), memoryview(b"abcd"), {}.keys(), {"a": 1}.items()]:
    print(type(obj).__name__, len(obj))
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
t("custom", lambda: len(L(5)))
t("bool", lambda: len(L(True)))
t("negative", lambda: len(L(-1)))
t("huge", lambda: len(L(2**63)))
t("huge negative", lambda: len(L(-2**63 - 1)))
t("float", lambda: len(L(1.0)))
t("str", lambda: len(L("3")))
t("none", lambda: len(L(None)))
class Idx:
    def __index__(self):
        return 4
t("index result", lambda: len(L(Idx())))
class IntSub(int):
    pass
t("int subclass result", lambda: (len(L(IntSub(6))), type(len(L(IntSub(6)))).__name__))
t("int", lambda: len(5))
t("generator", lambda: len(x for x in []))
t("iterator", lambda: len(iter([])))
t("type", lambda: len(list))
t("no args", lambda: len())
t("two args", lambda: len([], []))
t("kw", lambda: len(obj=[]))
t("range huge", lambda: len(range(2**64)))
t("range huge msg", lambda: range(2**64).__len__())
class Raising:
    def __len__(self):
        raise KeyError("len")
t("raising", lambda: len(Raising()))
class Slot:
    __len__ = None
t("None slot", lambda: len(Slot()))
class ClsLen:
    @classmethod
    def __len__(cls):
        return 7
t("classmethod len", lambda: len(ClsLen()))
inst = L(1)
inst.__len__ = lambda: 100
t("instance attr ignored", lambda: len(inst))
