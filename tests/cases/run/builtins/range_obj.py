# range(): arguments, indexing, slicing, containment, equality, errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for args in [(5,), (2, 8), (2, 8, 3), (10, 0, -2), (0,), (5, 5), (-3,), (0, 10**20, 10**19), (True,)]:
    r = range(*args)
    print(r, list(r)[:5], len(r), r.start, r.stop, r.step, bool(r))
r = range(0, 20, 3)
t("index", lambda: (r[0], r[-1], r[2]))
t("index error", lambda: r[100])
t("slice", lambda: (r[1:4], r[::-1], r[::2], r[-2:]))
t("contains", lambda: (6 in r, 7 in r, 6.0 in r, "a" in r))
t("index method", lambda: r.index(9))
t("index missing", lambda: r.index(10))
t("count", lambda: (r.count(9), r.count(10), r.count(9.0)))
t("eq", lambda: (range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 4, 2) == range(1, 5, 2)))
t("hash eq", lambda: hash(range(0)) == hash(range(3, 3)))
t("reversed", lambda: list(reversed(range(1, 10, 4))))
t("step zero", lambda: range(1, 2, 0))
t("float", lambda: range(1.0))
t("str", lambda: range("1"))
t("no args", lambda: range())
t("four args", lambda: range(1, 2, 3, 4))
t("kw", lambda: range(stop=3))
class Idx:
    def __index__(self):
        return 3
t("index arg", lambda: range(Idx()))
t("huge len", lambda: len(range(2**63)))
t("huge index", lambda: range(2**100)[2**99])
t("huge slice", lambda: range(2**100)[::2**98])
t("huge contains", lambda: 2**99 in range(2**100))
t("lt", lambda: range(1) < range(2))
t("iter type", lambda: (type(iter(range(3))).__name__, type(iter(range(2**70))).__name__))
t("index float", lambda: r[1.5])
t("repr step", lambda: (repr(range(0, 5, 1)), repr(range(0, 5, 2))))
t("bool subclass", lambda: type("R", (range,), {}))
t("negative step contains", lambda: (4 in range(10, 0, -3), 3 in range(10, 0, -3)))
t("large negative", lambda: list(range(-2**64, -2**64 + 3)))
it = iter(range(5))
next(it)
t("length hint", lambda: it.__length_hint__())
t("list after next", lambda: list(it))
