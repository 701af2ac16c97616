# dict dunders used directly, descriptors, generic alias, pickling
d = {"a": 1, "b": 2}
print(d.__len__(), d.__contains__("a"), d.__getitem__("b"), list(d.__iter__()), list(d.__reversed__()))
print(d.__eq__({"a": 1, "b": 2}), d.__ne__({}), d.__lt__({}), d.__or__({"c": 3}), d.__ror__({"z": 0}), d.__ior__({"c": 3}))
print(d.__or__(1), d.__ror__([]), d.__eq__(None))
print(dict.keys(d), dict.values(d), dict.items(d))
def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: dict.keys([]))
err(lambda: dict.items(None))
err(lambda: dict.values({}, 1))
err(lambda: dict.__len__(set()))
err(lambda: dict.update([], {}))
err(lambda: dict.__contains__({}))
err(lambda: dict.get())
print(dict[str, int], type(dict[str, int]).__name__, dict[str, int].__origin__, dict[str, int].__args__)
print(dict[str, list[int]], dict[str, int]({"x": 1}), type(dict[str, int]()).__name__)
print(d.__class__, dict.__name__, dict.__qualname__, dict.__module__)
print(dict.__hash__, d.__sizeof__() > 0, dict.__dict__["fromkeys"].__class__.__name__)
print(dict.__dict__["keys"].__class__.__name__, dict.__dict__["__getitem__"].__class__.__name__)
print(dict.__dict__["__len__"].__class__.__name__, dict.__dict__["__init__"].__class__.__name__)
print(dict.__dict__["__new__"].__class__.__name__, dict.__dict__["__class_getitem__"].__class__.__name__)
import pickle, copy
class Sub(dict):
    pass
s = Sub(x=1)
s.attr = "a"
for obj in (d, {}, {1: {2: [3]}}, s):
    back = pickle.loads(pickle.dumps(obj))
    print(type(back).__name__, back == obj, getattr(back, "attr", None))
print(d.__reduce_ex__(2)[0].__name__ if hasattr(d.__reduce_ex__(2)[0], "__name__") else d.__reduce_ex__(2)[0])
r = s.__reduce_ex__(2)
print(r[1][0].__name__, r[2], list(r[4]) if len(r) > 4 and r[4] is not None else None)
rec = {}
rec["me"] = rec
cp = copy.deepcopy(rec)
print(cp["me"] is cp, cp is not rec)
print(copy.copy(s) == s, type(copy.copy(s)).__name__, copy.copy(s).attr)
import weakref
try:
    weakref.ref({})
except TypeError as e:
    print(type(e).__name__, e)
w = weakref.ref(s)
print(w() is s)
ws = weakref.ref(set())
print(ws() is None)
wf = weakref.ref(frozenset([1]))
print(wf() is None)
