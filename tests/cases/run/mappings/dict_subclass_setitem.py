# a dict subclass overriding __setitem__: which builtins bypass it
class Loud(dict):
    def __setitem__(self, k, v):
        print("  __setitem__", k, v)
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        print("  __getitem__", k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print("  __delitem__", k)
        super().__delitem__(k)
print("constructor")
l = Loud({"a": 1}, b=2)
print(l)
print("update")
l.update({"c": 3}, d=4)
l.update([("e", 5)])
print(l)
print("setdefault")
l.setdefault("f", 6)
print("subscript")
l["g"] = 7
print(l["g"], l)
print("|=")
l |= {"h": 8}
print(l)
print("pop / popitem / clear (no __delitem__)")
l.pop("a")
l.popitem()
print(l)
del l["b"]
print("copy")
c = l.copy()
print(type(c).__name__, c)
print("dict(subclass) and ** unpacking use the storage")
print(dict(l), {**l})
print("get does not call __getitem__", l.get("c"))
# other dict reads the subclass's storage directly
plain = {}
plain.update(l)
print(plain)
# unless keys() is overridden
class CustomKeys(dict):
    def keys(self):
        print("  keys() called")
        return ["x"]
    def __getitem__(self, k):
        print("  __getitem__", k)
        return "via getitem"
ck = CustomKeys(x=1, y=2)
print(dict(ck), {}.update(ck))
print({**ck})
t = {}
t.update(ck)
print(t)
# iteration overridden: dict() still uses storage when keys() is not overridden
class Iter(dict):
    def __iter__(self):
        return iter(["fake"])
it = Iter(real=1)
print(dict(it), list(it), {**it})
# items() overridden
class Items(dict):
    def items(self):
        return [("i", 1)]
print(dict(Items(real=2)), {**Items(real=2)})
