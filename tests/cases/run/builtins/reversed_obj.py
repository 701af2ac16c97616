# reversed(): __reversed__, the sequence protocol, length hints and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for seq in [[1, 2, 3], (1, 2), "abc", range(4), b"xy", bytearray(b"pq"), {"a": 1, "b": 2},
            {"a": 1}.keys(), {"a": 1, "b": 2}.values(), {"k": "v"}.items()]:
    r = reversed(seq)
    print(type(r).__name__, list(r))
t("set", lambda: reversed({1}))
t("frozenset", lambda: reversed(frozenset()))
t("int", lambda: reversed(5))
t("gen", lambda: reversed(x for x in []))
t("iterator", lambda: reversed(iter([1])))
t("no args", lambda: reversed())
t("two args", lambda: reversed([], []))
t("kw", lambda: reversed(sequence=[]))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
t("sequence protocol", lambda: (type(reversed(Seq())).__name__, list(reversed(Seq()))))
class OnlyGetitem:
    def __getitem__(self, i):
        return i
t("no len", lambda: reversed(OnlyGetitem()))
class OnlyLen:
    def __len__(self):
        return 1
t("no getitem", lambda: reversed(OnlyLen()))
class Custom:
    def __reversed__(self):
        return iter("custom")
t("__reversed__", lambda: list(reversed(Custom())))
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t("__reversed__ None", lambda: reversed(RevNone()))
class RevReturnsList:
    def __reversed__(self):
        return [3, 2, 1]
t("__reversed__ returns list", lambda: reversed(RevReturnsList()))
class BadLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
t("bad len", lambda: reversed(BadLen()))
class Shrinking:
    def __init__(self):
        self.items = [1, 2, 3, 4]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
s = Shrinking()
r = reversed(s)
print(next(r), r.__length_hint__())
s.items = [1]
t("shrunk", lambda: (r.__length_hint__(), list(r)))
t("dict mapping", lambda: reversed(__import__("types").MappingProxyType({"a": 1})))
class GetitemRaisesKey:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        raise KeyError(i)
t("getitem raises", lambda: list(reversed(GetitemRaisesKey())))
t("list reversed length hint", lambda: reversed([1, 2, 3]).__length_hint__())
t("subclass", lambda: list(type("MyRev", (reversed,), {})([1, 2])))
