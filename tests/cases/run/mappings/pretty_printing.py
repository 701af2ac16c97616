# reprlib and pprint over dicts and sets (sorted keys, recursion markers)
import reprlib, pprint
big = {i: str(i) * 3 for i in range(30)}
print(reprlib.repr(big), reprlib.repr(set(range(30))), reprlib.repr(frozenset("abcdefghijk")))
print(reprlib.repr({"nested": {"deep": {"deeper": {"deepest": 1}}}}))
pprint.pprint(big, width=60, compact=True)
pprint.pprint({"b": [1, 2], "a": {"z": 1, "y": {3, 2, 1}}, 3: frozenset({"q", "p"})}, width=30)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
print(pprint.pformat(set(range(25)), width=40))
print(pprint.pformat({(1, "a"): None, (0, "b"): None}))
print(pprint.pformat({1: 1, "a": 2, None: 3, 2.5: 4}))
print(pprint.isreadable({1: [2]}), pprint.isrecursive({}), pprint.saferepr({"r": {1}}))
r = {}
r["r"] = r
print(pprint.pformat(r).replace(str(id(r)), "ID"), pprint.isrecursive(r))
print(pprint.pformat({}.keys()), pprint.pformat({"a": 1}.items()))
