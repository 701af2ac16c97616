# set() and frozenset(): construction, identity of empties, hashing, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

t("set empty", lambda: set())
t("set str", lambda: sorted(set("hello")))
t("set range", lambda: set(range(5)))
t("set dict keys", lambda: sorted(set({"b": 1, "a": 2})))
t("frozenset empty", lambda: frozenset())
t("frozenset list", lambda: sorted(frozenset([3, 1, 3])))
t("frozenset identity", lambda: frozenset() is frozenset())
f = frozenset([1, 2])
t("frozenset copy identity", lambda: frozenset(f) is f)
t("set copy not identity", lambda: (lambda s: set(s) is s)({1}))
t("unhashable elem", lambda: set([[1]]))
t("unhashable frozen", lambda: frozenset([{}]))
t("non-iterable", lambda: set(5))
t("frozenset non-iterable", lambda: frozenset(None))
t("two args", lambda: set([1], [2]))
t("frozenset two args", lambda: frozenset([1], [2]))
t("set kw", lambda: set(iterable=[1]))
t("frozenset kw", lambda: frozenset(iterable=[1]))
t("hash frozenset", lambda: hash(frozenset()) == hash(frozenset([])))
t("hash set", lambda: hash(set()))
t("frozenset eq set", lambda: frozenset([1]) == {1})
t("set in set", lambda: {frozenset([1])} == {frozenset({1})})
t("repr", lambda: (repr(frozenset({1})), repr(set()), repr(frozenset())))
class FS(frozenset):
    pass
t("subclass", lambda: (FS([1]), type(FS([1])).__name__, FS() is FS()))
class SS(set):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = True
t("set subclass", lambda: (SS("ab") == {"a", "b"}, SS().extra))
t("set ops types", lambda: (type(frozenset("a") | {"b"}).__name__, type({"b"} | frozenset("a")).__name__))
t("set init reinit", lambda: (lambda s: (s.__init__([9]), s)[1])({1, 2}))
t("frozenset init ignored", lambda: (lambda s: (s.__init__([9]), sorted(s))[1])(frozenset([1, 2])))
t("set of mixed numbers", lambda: len({1, 1.0, True, 1 + 0j}))
def gen():
    yield 1
    raise ValueError("midway")
t("gen failure", lambda: set(gen()))
t("set class getitem", lambda: set[int])
t("frozenset class getitem", lambda: frozenset[str])
t("sorted contents", lambda: sorted(frozenset("mississippi")))
