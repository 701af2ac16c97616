# enumerate(): start values, laziness, the iterator protocol, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

t("basic", lambda: list(enumerate("abc")))
t("start", lambda: list(enumerate("ab", 10)))
t("start kw", lambda: list(enumerate("ab", start=-1)))
t("iterable kw", lambda: list(enumerate(iterable="ab")))
t("big start", lambda: list(enumerate("ab", 2**64)))
t("start near max", lambda: list(enumerate("abc", 2**63 - 2)))
t("bool start", lambda: list(enumerate("a", True)))
class Idx:
    def __index__(self):
        return 5
t("index start", lambda: list(enumerate("a", Idx())))
t("float start", lambda: enumerate("a", 1.5))
t("str start", lambda: enumerate("a", "1"))
t("no args", lambda: enumerate())
t("non-iterable", lambda: enumerate(5))
t("three args", lambda: enumerate("a", 1, 2))
t("bad kw", lambda: enumerate("a", begin=1))
e = enumerate(["x", "y"])
print(iter(e) is e, next(e), next(e))
t("exhausted", lambda: next(e))
log = []
def gen():
    for i in range(3):
        log.append(i)
        yield i
e = enumerate(gen())
print(log, next(e), log)
t("type", lambda: type(enumerate([])).__name__)
class MyEnum(enumerate):
    pass
t("subclass", lambda: list(MyEnum("ab", 1)))
t("dict", lambda: dict(enumerate("xyz")))
t("reduce", lambda: enumerate("ab", 3).__reduce__()[0].__name__)
t("unpacking", lambda: [i * c for i, c in enumerate("abc")])
t("class getitem", lambda: enumerate[int])
t("length hint", lambda: enumerate([1, 2]).__length_hint__())
