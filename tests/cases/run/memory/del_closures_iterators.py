# Cells, iterators and generator expressions hold references; when they go,
# the objects they kept go with them.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
    def __repr__(self):
        return self.name

def make_counter(obj):
    def show():
        return obj
    return show

print("closure released")
f = make_counter(T("captured"))
print("  holds", f())
del f

print("nonlocal rebinding drops the old cell value")
def rebinder():
    value = T("v1")
    def change():
        nonlocal value
        value = T("v2")
    change()
    print("  changed")
    return value
kept = rebinder()
print("  frame gone, kept", kept)
del kept

print("iterator over a temporary list")
it = iter([T("i1"), T("i2")])
first = next(it)
print("  got", first)
del it
print("  iterator dropped")
del first

print("generator expression finished")
total = sum(len(t.name) for t in [T("g1"), T("g2")])
print("  total", total)

print("zip and enumerate keep their sources")
z = zip([T("z1")], [T("z2")])
e = enumerate([T("e1")])
del z
del e

print("suspended generator closed")
def gen():
    held = T("held by generator")
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs")
g = gen()
next(g)
del g

print("generator finishing drops its locals")
def short():
    local = T("short local")
    yield local.name
for name in short():
    print("  yielded", name)
print("end")
