# frozenset hashing, equality with set, frozensets as elements and keys
f1 = frozenset([1, 2, 3])
f2 = frozenset([3, 2, 1])
print(f1 == f2, hash(f1) == hash(f2), f1 is f2)
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1])), hash(frozenset([-1])))
print(hash(frozenset(range(10))), hash(frozenset("abc")) == hash(frozenset("cba")))
print(hash(frozenset([1, 2])), hash(frozenset([(1, 2)])), hash(frozenset([frozenset([1])])))
print(hash(frozenset([1.5, -2.5, 3])), hash(frozenset([False, True])))
print(frozenset() is frozenset(), frozenset([]) is frozenset(), frozenset(frozenset()) is frozenset())
f3 = frozenset(f1)
print(f3 is f1, frozenset(set(f1)) is f1)
sof = {frozenset([1]), frozenset([1]), frozenset([2, 1]), frozenset([1, 2]), frozenset()}
print(len(sof), frozenset([1, 2]) in sof, {1, 2} in sof, {3} in sof)
sof.discard({1})
print(sorted(sof, key=sorted))
d = {frozenset("ab"): 1}
print(d[frozenset("ba")], d.get({"a", "b"}) if False else "set key lookup skipped")
try:
    d[{"a", "b"}]
except TypeError as e:
    print(type(e).__name__, e)
# hash of frozenset subclass
class F(frozenset):
    pass
print(hash(F([1, 2])) == hash(frozenset([1, 2])), F([1]) == frozenset([1]), {F([1]): "f"}[frozenset([1])])
class FH(frozenset):
    def __hash__(self):
        return 12345
print(hash(FH([1])), {FH([1]): 1}.get(frozenset([1])))
# a set containing frozensets containing frozensets
nest = frozenset([frozenset([frozenset()])])
print(nest, hash(nest) == hash(frozenset([frozenset([frozenset()])])))
# the hash is cached but equal sets built differently agree
big1 = frozenset(range(1000))
big2 = frozenset(range(999, -1, -1))
print(hash(big1) == hash(big2), big1 == big2)
print(hash(frozenset({1: 0, 2: 0})) == hash(frozenset([2, 1])))
# hashes differing only in element order of insertion with collisions
print(hash(frozenset([-1, -2])), hash(frozenset([2**61 - 1, 0])))
# sets are unhashable; frozenset of set elements fails
try:
    frozenset([{1}])
except TypeError as e:
    print(type(e).__name__, e)
print(set([frozenset([1])]) == {frozenset({1})})
print(frozenset.__hash__(f1) == hash(f1), set.__hash__)
