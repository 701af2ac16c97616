# When dict and set operations drop the last reference to a value, its
# finalizer runs at once, in the order CPython drops them.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
    def __repr__(self):
        return f"T({self.name})"

print("overwrite a value")
d = {"a": Tracked("a1")}
d["a"] = Tracked("a2")
print("pop")
d.pop("a")
print("popitem")
d = {"x": Tracked("x"), "y": Tracked("y")}
k, v = d.popitem()
print("  got", k, v)
del v
print("setdefault keeps the old value")
d = {"k": Tracked("old")}
d.setdefault("k", Tracked("unused"))
print("update overwrites in order")
d.update({"k": Tracked("new"), "m": Tracked("m")})
d.update(k=Tracked("newer"), m=Tracked("m2"))
print("clear drops in insertion order")
d.clear()
print("del d[key]")
d = {1: Tracked("one"), 2: Tracked("two")}
del d[2]
print("rebinding the dict")
d = None
print("dict comprehension replaced")
d = {i: Tracked(f"c{i}") for i in range(3)}
d = {i: Tracked(f"e{i}") for i in range(2)}
del d
print("set operations")
class Key(Tracked):
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
s = {Key("p"), Key("q")}
s.discard(Key("p"))
print("remove")
s.remove(Key("q"))
print("add equal key keeps the first")
s.add(Key("r"))
s.add(Key("r"))
print("pop")
x = s.pop()
print("  popped", x)
x = None
print("difference_update")
s = {Key("u"), Key("v")}
s.difference_update([Key("u")])
print("set cleared")
s.clear()
print("frozenset dropped")
f = frozenset([Key("f")])
del f
print("end")
