# max() and min(): positional/iterable forms, key, default, ties and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for f in (max, min):
    n = f.__name__
    t(n + " args", lambda: f(3, 1, 2))
    t(n + " iterable", lambda: f([3, 1, 2]))
    t(n + " str", lambda: f("hello"))
    t(n + " key", lambda: f(["aa", "b", "cccc"], key=len))
    t(n + " key args", lambda: f("aa", "b", "cc", key=len))
    t(n + " ties first", lambda: f([(1, "a"), (1, "b")], key=lambda p: p[0]))
    t(n + " default used", lambda: f([], default="none"))
    t(n + " default unused", lambda: f([5], default="none"))
    t(n + " default None", lambda: f([], default=None))
    t(n + " key None", lambda: f([2, 9], key=None))
    t(n + " empty", lambda: f([]))
    t(n + " empty gen", lambda: f(x for x in []))
    t(n + " no args", lambda: f())
    t(n + " default with args", lambda: f(1, 2, default=0))
    t(n + " one non-iterable", lambda: f(5))
    t(n + " bad kw", lambda: f([1], keys=len))
    t(n + " key not callable", lambda: f([1, 2], key=5))
    t(n + " incomparable", lambda: f([1, "a"]))
    t(n + " incomparable args", lambda: f(None, None))
    t(n + " mixed numbers", lambda: f(1, 2.5, True, -1j.imag))
    t(n + " key raises", lambda: f([1, 2], key=lambda x: 1 / 0))
    t(n + " sets", lambda: f([{1, 2}, {1}, {3}]))
    t(n + " nan", lambda: f([float("nan"), 1, 2]))
    t(n + " nan later", lambda: f([1, float("nan"), 2]))
    t(n + " dict", lambda: f({"b": 1, "a": 2}))
    t(n + " dict key", lambda: f({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get))
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return "C(%d)" % self.v
t("max custom", lambda: max(C(1), C(3), C(2)))
t("min custom", lambda: min([C(1), C(3), C(0)]))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "O%d" % self.v
t("max with only lt", lambda: max(OnlyLt(1), OnlyLt(5)))
t("max big", lambda: max(range(10**6)))
t("min key list", lambda: min([[3, 1], [2, 9], [2, 1]]))
