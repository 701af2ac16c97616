# Instance __dict__ replacement, class __dict__ as a read-only mappingproxy, vars().
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    cls_attr = "c"
a = A()
a.x = 1
d = {"y": 2}
a.__dict__ = d
print(a.y, hasattr(a, "x"), a.__dict__ is d, vars(a) is d)
d["z"] = 3
print(a.z)
a.w = 4
print(d)
err(lambda: setattr(a, "__dict__", [1]))
err(lambda: setattr(a, "__dict__", None))
err(lambda: delattr(a, "__dict__"))
print(a.__dict__)

class MyDict(dict):
    def __getitem__(self, k): return "never used by attribute lookup"
a.__dict__ = MyDict(q=5)
print(a.q, type(a.__dict__).__name__)

# class __dict__ is a read-only view
cd = A.__dict__
print(type(cd).__name__, cd["cls_attr"], "cls_attr" in cd, len(cd) > 0)
err(lambda: cd.__setitem__("n", 1))
err(lambda: setattr(A, "__dict__", {}))
def assign_item(): cd["n"] = 1
err(assign_item)
A.new_attr = 9
print(cd["new_attr"], cd.get("missing", "dflt"), sorted(k for k in cd.keys() if not k.startswith("__")))
print(type(cd.copy()).__name__, cd == dict(cd), repr(cd).startswith("mappingproxy({"))

# mappingproxy over user mappings
import types
mp = types.MappingProxyType({"a": 1})
print(mp["a"], list(mp), mp | {"b": 2}, type(mp | {"b": 2}).__name__)
err(lambda: types.MappingProxyType([1]))
err(lambda: types.MappingProxyType(5))
err(lambda: hash(mp))
err(lambda: mp.__ior__({"c": 3}) if False else exec("mp |= {'c': 3}", {"mp": mp}))
print(list(reversed(mp)), mp.items(), str(mp))

# vars() edge cases
err(lambda: vars(1))
err(lambda: vars(a, 1))
class NoDict:
    __slots__ = ()
err(lambda: vars(NoDict()))
class CustomDictProp:
    @property
    def __dict__(self): return {"fake": True}
print(vars(CustomDictProp()))
class BadDictProp:
    __dict__ = 5
err(lambda: vars(BadDictProp()))

# attribute lookups after __dict__ replacement still see class attributes and descriptors
class B:
    @property
    def p(self): return "property wins"
b = B()
b.__dict__ = {"p": "instance value", "cls_only": 1}
print(b.p, b.cls_only)
