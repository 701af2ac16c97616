# Reprs of itemgetter/attrgetter/methodcaller, including ones that contain
# themselves, and pickling-style reconstruction from __reduce__.
import operator

ig = operator.itemgetter(1, "a", (2, 3))
ag = operator.attrgetter("a", "b.c.d")
mc = operator.methodcaller("format", 1, x=[2])
for obj in (ig, ag, mc):
    cls, args = obj.__reduce__()[:2]
    print(repr(obj), cls.__name__, args if not callable(cls) or cls is type(obj) else "partial")
lst = []
rec = operator.itemgetter(lst)
lst.append(rec)
print(repr(rec))
mc2 = operator.methodcaller("m", None)
print(repr(operator.methodcaller("m", mc2)), repr(operator.methodcaller("m", a=mc2)))
cons, args = mc.__reduce__()
print(cons(*args)("{} {x}"), operator.methodcaller("format", 1, x=[2])("{} {x}"))
rebuilt = operator.attrgetter(*ag.__reduce__()[1])
class O:
    a = 1
    class b:
        class c:
            d = 4
print(rebuilt(O), ag(O), operator.itemgetter(*ig.__reduce__()[1])({1: "one", "a": "A", (2, 3): "t"}))
print(operator.itemgetter(-1)([1, 2]), operator.itemgetter(slice(None, None, -1))("abc"))
