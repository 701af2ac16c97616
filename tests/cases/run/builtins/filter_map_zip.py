# filter(), map() and zip(): None predicates, many iterables, strict zip, errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

t("filter None", lambda: list(filter(None, [0, 1, "", "a", None, [], [0]])))
t("filter bool", lambda: list(filter(bool, range(-2, 3))))
t("filter func", lambda: list(filter(lambda x: x % 2, range(10))))
t("filter str", lambda: "".join(filter(str.isupper, "HeLLo")))
t("filter no args", lambda: filter())
t("filter one arg", lambda: filter(None))
t("filter non-iterable", lambda: filter(None, 5))
t("filter non-callable lazily", lambda: type(filter(5, [1])).__name__)
t("filter non-callable run", lambda: list(filter(5, [1])))
t("filter kw", lambda: filter(function=None, iterable=[]))
t("map single", lambda: list(map(str, [1, 2])))
t("map two", lambda: list(map(pow, [2, 3], [3, 2])))
t("map three shortest", lambda: list(map(lambda a, b, c: a + b + c, "ab", "cde", "fghi")))
t("map many", lambda: list(map(lambda *a: sum(a), *[range(3)] * 10)))
t("map none func", lambda: list(map(None, [1])))
t("map no iterables", lambda: map(str))
t("map no args", lambda: map())
t("map non-iterable", lambda: map(str, 1))
t("map kw", lambda: map(func=str, iter1=[]))
t("map arity error", lambda: list(map(lambda a: a, [1], [2])))
t("zip empty", lambda: list(zip()))
t("zip one", lambda: list(zip("ab")))
t("zip three", lambda: list(zip("ab", [1, 2, 3], (True, False))))
t("zip strict ok", lambda: list(zip("ab", "cd", strict=True)))
t("zip strict 2 shorter", lambda: list(zip("abc", "d", strict=True)))
t("zip strict 2 longer", lambda: list(zip("a", "de", strict=True)))
t("zip strict 3 shorter", lambda: list(zip("ab", "cd", "e", strict=True)))
t("zip strict 3 longer", lambda: list(zip("a", "b", "cd", strict=True)))
t("zip strict first shorter", lambda: list(zip("", "b", "c", strict=True)))
t("zip strict false", lambda: list(zip("ab", "c", strict=False)))
t("zip strict truthy", lambda: list(zip("ab", "c", strict=1)))
t("zip bad kw", lambda: zip("a", lenient=True))
t("zip two kws", lambda: zip("a", strict=True, other=1))
t("zip non-iterable", lambda: zip([1], 2))
t("zip non-iterable first", lambda: zip(None))
log = []
def gen(name, n):
    for i in range(n):
        log.append((name, i))
        yield i
list(zip(gen("a", 2), gen("b", 5)))
print(log)
log.clear()
try:
    list(zip(gen("a", 3), gen("b", 1), strict=True))
except ValueError as e:
    print(e, log)
def raising():
    yield 1
    raise KeyError("gen failed")
t("zip strict propagates", lambda: list(zip([1, 2], raising(), strict=True)))
t("zip strict propagates later", lambda: list(zip(raising(), [1], strict=True)))
t("zip reduce", lambda: zip("a", strict=True).__reduce__()[2])
t("map reduce", lambda: map(str, "a").__reduce__()[1][0])
t("filter reduce", lambda: filter(None, "a").__reduce__()[1][0])
import pickle
class Items:
    def __init__(self, *values):
        self.values = list(values)
    def __iter__(self):
        return self
    def __next__(self):
        if not self.values:
            raise StopIteration
        return self.values.pop(0)
t("pickle zip strict", lambda: list(pickle.loads(pickle.dumps(zip(Items("a", "b"), Items("c", "d"), strict=True)))))
t("pickle map", lambda: list(pickle.loads(pickle.dumps(map(abs, Items(-1, -2))))))
t("pickle filter", lambda: list(pickle.loads(pickle.dumps(filter(None, Items(0, 1, 2))))))
t("pickle enumerate", lambda: list(pickle.loads(pickle.dumps(enumerate(Items("a", "b", "c"), 2)))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100
t("pickle reversed", lambda: list(pickle.loads(pickle.dumps(reversed(Seq())))))
t("reversed reduce", lambda: (lambda r: (next(r), r.__reduce__()[2]))(reversed(Seq())))
t("reversed setstate", lambda: (lambda r: (r.__setstate__(1), list(r)))(reversed(Seq())))
t("reversed setstate clamp", lambda: (lambda r: (r.__setstate__(50), list(r)))(reversed(Seq())))
t("reversed setstate negative", lambda: (lambda r: (r.__setstate__(-7), list(r)))(reversed(Seq())))
t("zip setstate", lambda: (lambda z: (z.__setstate__(True), list(z))[1])(zip("ab", "c")))
