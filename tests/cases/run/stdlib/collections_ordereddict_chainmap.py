# OrderedDict and ChainMap from CPython's collections.
from collections import OrderedDict, ChainMap

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), list(od))
od["z"] = 26
print(list(reversed(od)), od == OrderedDict([("a", 0), ("c", 0), ("d", 0), ("b", 0), ("z", 26)]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(od | {"q": 1}, list(od.keys()), list(od.items())[:2])
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
rec = OrderedDict(x=1)
rec["self"] = rec
print(rec)

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap({}, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cm.maps[0], defaults["color"])
child = cm.new_child({"depth": 1})
print(child["depth"], child.parents is not None, child)
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
