# dict(): mappings, pairs, keywords, keys() protocol, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

t("empty", lambda: dict())
t("kwargs", lambda: dict(a=1, b=2))
t("pairs", lambda: dict([("a", 1), ("b", 2), ("a", 3)]))
t("pairs and kw", lambda: dict([("a", 1)], a=9, c=3))
t("mapping", lambda: dict({1: 2}))
t("zip", lambda: dict(zip("abc", range(3))))
t("strings as pairs", lambda: dict(["ab", "cd"]))
t("bad pair len", lambda: dict([("a", 1, 2)]))
t("bad pair len short", lambda: dict([("a",)]))
t("non-iterable elem", lambda: dict([1]))
t("non-iterable", lambda: dict(5))
t("two positional", lambda: dict({}, {}))
t("unhashable key", lambda: dict([([], 1)]))
t("unhashable in kw merge", lambda: dict({(): 1}, **{"x": 2}))

class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
t("keys protocol", lambda: dict(KeysOnly()))
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k
t("bad keys", lambda: dict(BadKeys()))
class GetitemRaises:
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        raise KeyError(k)
t("getitem raises", lambda: dict(GetitemRaises()))
class DictSub(dict):
    def __getitem__(self, k):
        return "overridden"
    def keys(self):
        return ["only"]
t("dict subclass source", lambda: dict(DictSub(a=1)))
t("fromkeys", lambda: dict.fromkeys("abc"))
t("fromkeys value", lambda: dict.fromkeys([1, 2], []))
t("fromkeys no args", lambda: dict.fromkeys())
t("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
class MyDict(dict):
    pass
t("subclass fromkeys", lambda: type(MyDict.fromkeys("a")).__name__)
t("kw only non-str keys", lambda: dict(**{1: 2}))
t("or", lambda: {"a": 1} | {"b": 2})
t("or bad", lambda: {"a": 1} | [("b", 2)])
t("ior list", lambda: (lambda d: (d.__ior__([("z", 0)]), d)[1])({}))
d = dict(one=1, two=2)
t("repr order", lambda: list(d.items()))
t("copy independent", lambda: (lambda c: (c.update(three=3), len(d), len(c)))(dict(d)))
t("eq", lambda: dict(a=1) == {"a": 1})
t("iterable of lists", lambda: dict([[1, 2], [3, 4]]))
t("generator pairs", lambda: dict((i, i * i) for i in range(4)))
t("init twice", lambda: (lambda x: (x.__init__(b=2), x)[1])(dict(a=1)))
