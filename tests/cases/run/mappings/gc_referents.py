# what the cycle collector sees inside dicts, sets, views and iterators
import gc
print(gc.get_referents({"a": [1], "b": (2,)}))
print(gc.get_referents({1: "x", (2,): [3]}))
print(gc.get_referents({1, 2, "a"}) == [] or sorted(map(repr, gc.get_referents({1, 2, "a"}))))
print(len(gc.get_referents({}.keys())), type(gc.get_referents({}.keys())[0]).__name__)
print(len(gc.get_referents(iter({1: 2}))), len(gc.get_referents(iter({1: 2}.items()))))
print(len(gc.get_referents(iter({1}))))
d = {"k": []}
print(any(r is d for r in gc.get_referrers(d["k"])))
print(gc.is_tracked(iter({})), gc.is_tracked({}.keys()), gc.is_tracked(frozenset([()])), gc.is_tracked(frozenset([(1, ())])))
