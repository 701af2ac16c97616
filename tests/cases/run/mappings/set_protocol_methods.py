# dunder methods of set and frozenset used directly
s = {1, 2, 3}
print(s.__len__(), s.__contains__(2), s.__contains__(9), list(s.__iter__()))
print(s.__or__({4}), s.__and__({1, 9}), s.__sub__({1}), s.__xor__({3, 4}))
print(s.__or__([4]), s.__and__(None), s.__ror__({0}), s.__rsub__({1, 7}), s.__rxor__({1}))
print(s.__eq__({1, 2, 3}), s.__ne__(set()), s.__lt__({1, 2, 3, 4}), s.__le__(s), s.__gt__({1}), s.__ge__({5}))
print(s.__eq__([]), s.__lt__([]))
t = {1}
print(t.__ior__({2}), t.__iand__({2, 3}), t.__isub__({9}), t.__ixor__({5}), t)
print(t.__ior__([1]), t.__iand__(None))
f = frozenset([1])
print(hasattr(f, "__ior__"), f.__or__({2}), f.__rand__({1}), f.__hash__() == hash(f))
print(set.__or__(s, f), frozenset.__sub__(f, s))
def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: set.__or__(f, s))
err(lambda: frozenset.__or__(s, f))
err(lambda: set.__len__([]))
err(lambda: set.__contains__(s))
err(lambda: s.__contains__([]))
print(s.__contains__({1, 2}) if False else s.__contains__(frozenset()))
print(s.__reduce__()[0].__name__, sorted(s.__reduce__()[1][0]), s.__reduce__()[2])
class S(set):
    pass
x = S([1])
x.attr = 5
r = x.__reduce__()
print(r[0].__name__, r[1], r[2])
print(f.__reduce__()[0].__name__, f.__reduce__()[1])
print(s.__sizeof__() > 0, type(s.__class_getitem__(int)).__name__, set[int], frozenset[str])
print(set.__doc__ is not None, frozenset.__doc__ is not None)
import pickle, copy
for obj in (s, f, set(), frozenset(), x):
    back = pickle.loads(pickle.dumps(obj))
    print(type(back).__name__, back == obj, getattr(back, "attr", None))
print(copy.copy(f) is f, copy.deepcopy(f) == f, copy.copy(s) == s, copy.copy(s) is not s)
nested = {frozenset([1, frozenset([2])])}
print(copy.deepcopy(nested) == nested)
