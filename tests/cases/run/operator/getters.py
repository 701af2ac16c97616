# itemgetter, attrgetter, methodcaller: results, reprs, reduce, errors.
from operator import itemgetter, attrgetter, methodcaller
from types import SimpleNamespace

print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))([1, 2, 3]))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), max(rows, key=itemgetter(0)))
ns = SimpleNamespace(a=1, b=SimpleNamespace(c=SimpleNamespace(d="deep")))
print(attrgetter("a")(ns), attrgetter("b.c.d")(ns), attrgetter("a", "b.c.d")(ns))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("split", sep="-", maxsplit=1)("a-b-c"))
print(repr(itemgetter("x", 1)), repr(attrgetter("x", "a.b")), repr(methodcaller("x", 1, "a", k=2)))
print(itemgetter(1).__reduce__(), attrgetter("x", "a.b").__reduce__(), methodcaller("x", 1).__reduce__())
cons, args = methodcaller("split", ",", maxsplit=1).__reduce__()
print(type(cons).__name__, cons.args, cons.keywords, args, cons(*args)("a,b,c"))
ig = itemgetter(0)
ig2 = ig.__reduce__()[0](*ig.__reduce__()[1])
print(ig2([7]), repr(ig2))

def err(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except (TypeError, AttributeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
err(itemgetter)
err(itemgetter(1))
err(itemgetter(1), [1, 2], 3)
err(itemgetter, 1, a=2)
err(itemgetter(1), [1, 2], a=2)
err(itemgetter(5), [1])
err(itemgetter(0, "k"), {0: 1})
err(attrgetter)
err(attrgetter, 1)
err(attrgetter("a"))
err(attrgetter("a.b"), 1)
err(attrgetter("a", "zz"), ns)
err(methodcaller)
err(methodcaller, 1)
err(methodcaller("x"), 1)
err(methodcaller("x"))
for t in (itemgetter, attrgetter, methodcaller):
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print("TypeError", e)
