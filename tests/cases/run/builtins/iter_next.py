# iter() (both forms) and next() (with default): protocols and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

it = iter([1, 2])
print(type(it).__name__, iter(it) is it, next(it), next(it), next(it, "default"), next(it, None))
t("next exhausted", lambda: next(it))
t("iter str", lambda: list(iter("ab")))
t("iter dict", lambda: list(iter({"k": 1})))
t("iter int", lambda: iter(1))
t("iter none", lambda: iter(None))
t("iter no args", lambda: iter())
t("iter three args", lambda: iter(1, 2, 3))
t("iter kw", lambda: iter(object=[]))
t("next non-iterator", lambda: next([1]))
t("next no args", lambda: next())
t("next three", lambda: next(iter([]), 1, 2))
t("next kw", lambda: next(iter([]), default=1))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
t("sequence protocol", lambda: list(iter(Seq())))
print(type(iter(Seq())).__name__)
class StopSeq:
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return "only"
t("sequence stopiteration", lambda: list(StopSeq()))
class BadIter:
    def __iter__(self):
        return 5
class IterNone:
    __iter__ = None
class NoNext:
    def __iter__(self):
        return self
t("iter returns non-iterator", lambda: iter(BadIter()))
t("iter None slot", lambda: iter(IterNone()))
t("iter no __next__", lambda: iter(NoNext()))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
t("sentinel", lambda: list(iter(tick, 4)))
t("sentinel iterator type", lambda: type(iter(tick, 0)).__name__)
t("sentinel non-callable", lambda: iter([1], 2))
t("sentinel callable raises", lambda: list(iter(lambda: 1 / 0, 1)))
def stopper():
    raise StopIteration
t("sentinel callable stops", lambda: list(iter(stopper, None)))
vals = iter([1, 2, None, 3])
t("sentinel None", lambda: list(iter(lambda: next(vals), None)))
class Eq:
    def __eq__(self, other):
        return other == 3
calls = iter(range(10))
t("sentinel eq used", lambda: list(iter(lambda: next(calls), Eq())))
import io
f = io.StringIO("a\nb\n\nc\n")
t("readline sentinel", lambda: list(iter(f.readline, "\n")))
class Nexter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n
nx = Nexter()
t("custom next", lambda: (next(nx), next(nx), next(nx, "dflt")))
class NextRaises:
    def __next__(self):
        raise ValueError("bad next")
t("next propagates", lambda: next(NextRaises(), "d"))
def g():
    yield 1
    return "ret"
gi = g()
next(gi)
try:
    next(gi)
except StopIteration as e:
    print("StopIteration value", e.value)
t("next default on gen", lambda: next(g(), 0))
