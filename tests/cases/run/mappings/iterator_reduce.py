# pickling and reducing dict and set iterators
import pickle
d = {"a": 1, "b": 2, "c": 3}
for make in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()),
             lambda: reversed(d), lambda: reversed(d.values()), lambda: reversed(d.items())):
    it = make()
    next(it)
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1])
    back = pickle.loads(pickle.dumps(it))
    print(" ", list(back), list(it))
s = {1, 2, 3}
it = iter(s)
next(it)
r = it.__reduce__()
print(type(it).__name__, r[0].__name__, r[1])
print(list(pickle.loads(pickle.dumps(it))), list(it))
ex = iter({})
print(ex.__reduce__()[1], list(ex))
done = iter({1: 2})
list(done)
print(done.__reduce__()[1])
print(iter(frozenset()).__reduce__()[1])
# length hints of reversed iterators
rv = reversed({1: 1, 2: 2, 3: 3})
print(rv.__length_hint__(), next(rv), rv.__length_hint__())
import operator
print(operator.length_hint(iter(d)), operator.length_hint(iter(s)), operator.length_hint(reversed(d.items())))
# iterators are their own iterators
i = iter(d)
print(iter(i) is i, i.__iter__() is i)
try:
    next(iter({}))
except StopIteration as e:
    print(type(e).__name__, e.args)
