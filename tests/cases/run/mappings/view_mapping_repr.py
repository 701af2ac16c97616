# views: repr, the mapping attribute, liveness, types
d = {"a": 1, 2: [3], (4,): None}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(repr({}.keys()), repr({}.values()), repr({}.items()))
print(str(k) == repr(k))
m = k.mapping
print(type(m).__name__, m, m["a"], len(m), list(m))
print(v.mapping == d, i.mapping is not d, dict(i.mapping) == d)
try:
    m["a"] = 2
except TypeError as e:
    print(type(e).__name__, e)
d["new"] = "n"
print(k, len(v), m["new"])  # live views
del d["a"]
print(i, "a" in m)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(k).__module__ if hasattr(type(k), "__module__") else None)
try:
    type(k)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    k.mapping = {}
except AttributeError as e:
    print(type(e).__name__, e)
# recursive reprs through views
r = {}
r["self"] = r.keys()
r["vals"] = r.values()
print(r)
s = {}
s[1] = s.items()
print(s)
class Sub(dict):
    pass
sd = Sub(x=1)
print(sd.keys(), sd.items(), sd.keys().mapping)
# hashing of views
for view in (k, v, i):
    try:
        hash(view)
    except TypeError as e:
        print(type(e).__name__, e)
# views are iterable several times
print(list(k), list(k), sum(1 for _ in i))
print(sorted(k, key=str), max(len(str(x)) for x in v))
import collections.abc as abc
print(isinstance(k, abc.KeysView), isinstance(v, abc.ValuesView), isinstance(i, abc.ItemsView))
print(isinstance(k, abc.Set), isinstance(v, abc.Set), isinstance(i, abc.Set))
print(isinstance(k, abc.MappingView), isinstance(k, abc.Iterable), isinstance(v, abc.Collection))
print(isinstance(k, abc.Reversible), isinstance(v, abc.Sized), isinstance(k, abc.Hashable))
print(isinstance(iter(k), abc.Iterator), isinstance(reversed(v), abc.Iterator))
print(issubclass(type(k), abc.KeysView), issubclass(type(i), abc.Set), issubclass(type(v), abc.Set))
