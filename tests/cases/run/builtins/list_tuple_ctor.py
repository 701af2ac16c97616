# list() and tuple(): from iterables of every kind, length hints, identity, errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for ctor in (list, tuple):
    n = ctor.__name__
    t(n + " empty", lambda: ctor())
    t(n + " str", lambda: ctor("abc"))
    t(n + " dict", lambda: ctor({"a": 1, "b": 2}))
    t(n + " dict values", lambda: ctor({"a": 1}.values()))
    t(n + " range", lambda: ctor(range(3)))
    t(n + " gen", lambda: ctor(x * 2 for x in range(3)))
    t(n + " bytes", lambda: ctor(b"ab"))
    t(n + " set", lambda: sorted(ctor({3, 1})))
    t(n + " int", lambda: ctor(5))
    t(n + " none", lambda: ctor(None))
    t(n + " kw", lambda: ctor(iterable=[1]))
    t(n + " two", lambda: ctor([1], [2]))
t("tuple identity", lambda: (lambda x: tuple(x) is x)((1, 2)))
t("list copy", lambda: (lambda x: list(x) is x)([1]))
t("empty tuple singleton", lambda: tuple() is ())
class LH:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return 1000
t("length hint ignored for result", lambda: list(LH()))
class BadHint:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return -5
t("negative len", lambda: list(BadHint()))
class HintRaises:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        raise ValueError("hint failed")
t("hint raises", lambda: list(HintRaises()))
class HintNotInt:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return "x"
t("hint not int", lambda: list(HintNotInt()))
class HintNotImpl:
    def __iter__(self):
        return iter([7])
    def __length_hint__(self):
        return NotImplemented
t("hint NotImplemented", lambda: list(HintNotImpl()))
def gen():
    yield 1
    raise IndexError("gen")
t("gen raises", lambda: list(gen()))
class TS(tuple):
    pass
class LS(list):
    pass
t("tuple subclass", lambda: (TS([1]), type(TS([1])).__name__, tuple(TS([1])) == (1,), type(tuple(TS([1]))).__name__))
t("list subclass", lambda: (LS("ab"), type(LS("ab")).__name__))
t("list init twice", lambda: (lambda l: (l.__init__("xy"), l)[1])([1, 2, 3]))
t("list init no args clears", lambda: (lambda l: (l.__init__(), l)[1])([1, 2]))
t("list init kw", lambda: [].__init__(iterable=[]))
t("tuple new bad", lambda: tuple.__new__(list))
t("class getitem", lambda: (list[int], tuple[int, ...]))
import operator
t("length_hint op", lambda: (operator.length_hint(LH()), operator.length_hint(iter([1, 2])), operator.length_hint(5, 9)))
t("list self extend", lambda: (lambda l: (l.extend(l), l)[1])([1, 2]))
t("nested", lambda: list(map(tuple, ["ab", "c"])))
