# sorted(): key, reverse, stability, keyword-only arguments, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

t("basic", lambda: sorted([3, 1, 2]))
t("str", lambda: sorted("banana"))
t("dict", lambda: sorted({"b": 1, "a": 2}))
t("gen", lambda: sorted(x % 3 for x in range(7)))
t("key", lambda: sorted(["bb", "a", "ccc"], key=len))
t("reverse", lambda: sorted([1, 3, 2], reverse=True))
t("reverse int", lambda: sorted([1, 3, 2], reverse=5))
t("key None", lambda: sorted([2, 1], key=None))
t("stable", lambda: sorted([(1, "b"), (0, "x"), (1, "a"), (0, "y")], key=lambda p: p[0]))
t("stable reverse", lambda: sorted([(1, "b"), (0, "x"), (1, "a"), (0, "y")], key=lambda p: p[0], reverse=True))
t("key positional", lambda: sorted([1], len))
t("reverse positional", lambda: sorted([1], None, True))
t("no args", lambda: sorted())
t("iterable kw", lambda: sorted(iterable=[1]))
t("bad kw", lambda: sorted([1], cmp=None))
t("non-iterable", lambda: sorted(5))
t("incomparable", lambda: sorted([1, "a"]))
t("key raises", lambda: sorted([1, 2], key=lambda x: 1 / 0))
t("key not callable", lambda: sorted([1, 2], key=3))
t("reverse bad", lambda: sorted([1], reverse="yes"))
t("reverse None", lambda: sorted([1], reverse=None))
t("mixed numbers", lambda: sorted([3, 1.5, True, 2**70, -0.5]))
t("nan", lambda: sorted([3, float("nan"), 1]))
t("tuples", lambda: sorted([(2, "a"), (1, "z"), (2, "0")]))
t("case insensitive", lambda: sorted(["b", "A", "c", "B"], key=str.lower))
t("returns new list", lambda: (lambda l: sorted(l) is l)([1]))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Cmp(%d)" % self.v
t("custom lt", lambda: sorted([Cmp(1), Cmp(3), Cmp(2)]))
class NoLt:
    pass
t("no lt", lambda: sorted([NoLt(), NoLt()]))
t("single no lt", lambda: len(sorted([NoLt()])))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
t("reflected gt", lambda: sorted([OnlyGt(2), OnlyGt(1)]))
data = [5, 2, 8]
def key_mutates(x):
    data.append(0)
    return x
t("list.sort mutation", lambda: data.sort(key=key_mutates))
t("sorted copy mutation fine", lambda: sorted(data, key=lambda x: x))
t("big", lambda: sorted(range(1000, 0, -1))[:3])
t("list sort kw only", lambda: [2, 1].sort(None))
