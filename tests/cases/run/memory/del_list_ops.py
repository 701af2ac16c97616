# Finalizers run as list operations drop references: slice assignment and
# deletion, pop, remove, in-place repeat, sort's temporary keys.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
    def __repr__(self):
        return self.name
    def __lt__(self, other):
        return self.name < other.name
    def __eq__(self, other):
        return self is other

items = [T(c) for c in "abcdef"]
print("slice assignment replaces b, c")
items[1:3] = [T("X")]
print("  now", items)
print("extended slice deletion")
del items[::2]
print("  now", items)
print("pop(0)")
items.pop(0)
print("remove")
items.remove(items[0])
print("  now", items)
print("in-place repeat by zero")
items = [T("r1"), T("r2")]
items *= 0
print("  now", items)
print("list.clear")
items = [T("k1"), T("k2"), T("k3")]
items.clear()
print("sort with keys made on the fly")
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __del__(self):
        print("  key del", self.v)
data = [3, 1, 2]
data.sort(key=Key)
print("  sorted", data)
print("replace whole list")
items = [T("w1"), T("w2")]
items[:] = []
print("reassign an element")
items = [T("e1")]
items[0] = T("e2")
print("list dropped by rebinding")
items = None
print("nested lists")
outer = [[T("in1")], [T("in2")]]
del outer[0]
outer = 0
print("end")
