# a set used as a lookup key is converted to a frozenset temporarily
sf = {frozenset([1, 2]), frozenset(), frozenset(["a"])}
print({1, 2} in sf, set() in sf, {"a"} in sf, {3} in sf, {2, 1} not in sf)
sf.remove({1, 2})
print(sorted(map(sorted, sf)))
sf.discard(set())
sf.discard({"missing"})
print(sf)
try:
    sf.remove({"missing"})
except KeyError as e:
    print(type(e).__name__, e, type(e.args[0]).__name__)
try:
    sf.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
class S(set):
    pass
print(S([1, 2]) in {frozenset([1, 2])}, frozenset([1, 2]) in {frozenset([1, 2])})
try:
    {1, 2}.__contains__({[]} if False else [])
except TypeError as e:
    print(type(e).__name__, e)
class Unhashable(set):
    __hash__ = None
print(Unhashable([5]) in {frozenset([5])})
# sets as dict keys are not converted
d = {frozenset([1]): "one"}
try:
    d[{1}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.add({2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1]).__contains__([set()])
except TypeError as e:
    print(type(e).__name__, e)
# a set that contains itself via a frozenset copy
x = {1}
x.add(frozenset(x))
print(len(x), frozenset([1]) in x, {1} in x)
nested = {frozenset([frozenset([1])])}
print({frozenset([1])} in nested)
