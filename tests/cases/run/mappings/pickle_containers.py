# pickling dicts, sets, their iterators, and the builtins their reductions name
import pickle, copy, math
def roundtrip(obj):
    return pickle.loads(pickle.dumps(obj))
print(roundtrip({"a": [1, {2}], (1, 2): frozenset("ab") == frozenset("ba")}))
print(roundtrip(set(range(5))), roundtrip(frozenset([1, 2])), roundtrip({}), roundtrip(set()))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, roundtrip({1: {2: {3: frozenset([4])}}}) == pickle.loads(pickle.dumps({1: {2: {3: frozenset([4])}}}, proto)))
for obj in ({}.keys(), {}.values(), {}.items()):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(len.__reduce__(), iter.__reduce__(), math.sqrt.__reduce__())
r = [].append.__reduce__()
print(r[0].__name__, r[1])
r = dict.fromkeys.__reduce__()
print(r[0].__name__, r[1])
r = {}.get.__reduce__()
print(r[0].__name__, r[1])
print(roundtrip(len) is len, roundtrip(math.sqrt) is math.sqrt, roundtrip(dict.fromkeys)("ab"))
print(roundtrip(iter)([1, 2]).__class__.__name__)
bound = {"k": "v"}.get
print(roundtrip(bound)("k"), copy.copy(bound)("k"), copy.deepcopy(bound)("k"))
it = iter({"x": 1, "y": 2})
next(it)
print(list(copy.copy(it)), list(it))
s = iter({10, 20, 30})
first = next(s)
rest = list(copy.deepcopy(s))
print(sorted([first] + rest), list(s) == rest)
d = {"a": 1}
i2 = iter(d)
d["b"] = 2
try:
    i2.__reduce__()
except RuntimeError as e:
    print(type(e).__name__, e)
rd = reversed({1: "a", 2: "b"})
print(roundtrip(rd).__class__.__name__, list(rd))
