# pprint of nested data from CPython's library.
import pprint
from collections import OrderedDict, Counter, defaultdict, ChainMap

config = {
    "servers": [{"name": "alpha", "ip": "10.0.0.%d" % i, "roles": ["web", "db"][: i % 2 + 1]} for i in range(4)],
    "limits": {"cpu": 0.75, "memory": 2 ** 33, "paths": ("/usr/local/bin", "/opt/tools/bin", "/home/user/bin")},
    "flags": {True, False},
    "empty": [[], {}, ()],
}
pprint.pprint(config)
pprint.pprint(config, width=120, sort_dicts=False)
pprint.pprint(config, depth=2)
pprint.pprint(config["servers"], compact=True, width=50)
print(pprint.pformat(list(range(40)), width=60))
print(pprint.pformat("a long string " * 8, width=40))
print(pprint.pformat(b"bytes " * 12, width=30))
pprint.pprint(OrderedDict((k, k * 3) for k in "abcdefghijklmn"), width=40)
pprint.pprint(Counter("hello world, hello everyone"), width=40)
pprint.pprint(defaultdict(list, {"k%d" % i: list(range(i)) for i in range(8)}), width=50)
pprint.pprint(ChainMap({"a": 1}, {"b": list(range(20))}), width=40)
pprint.pprint({"z": 1, "a": 2, "m": [3, {"y": 4, "b": 5}]}, underscore_numbers=True)
pprint.pprint(123456789, underscore_numbers=True)
rec = {"name": "loop"}
rec["self"] = rec
print(pprint.pformat(rec).replace(str(id(rec)), "ID"))
print(pprint.isreadable(rec), pprint.isrecursive(rec), pprint.saferepr([1, rec]).replace(str(id(rec)), "ID"))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta", "epsilon": list(range(8))}})
