# Weak references to objects that only a cycle keeps alive: the collector
# clears them before any finalizer runs and then calls their callbacks.
import gc
import weakref

gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __repr__(self):
        return f"Node({self.name})"

events = []

def callback_for(label):
    def callback(ref):
        events.append((label, ref() is None))
    return callback

a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, callback_for("a"))
rb = weakref.ref(b, callback_for("b"))
print("alive before:", ra(), rb())
del a, b
print("after del, still in a cycle:", ra(), rb())
gc.collect()
print("after collect:", ra(), rb())
print("callbacks:", sorted(events))

print("-- finalizer sees the weakref already cleared")
class Final(Node):
    def __del__(self):
        print("  __del__ of", self.name, "weakref alive:", watcher() is not None)

f = Final("f")
f.other = f
watcher = weakref.ref(f)
del f
gc.collect()
print("  watcher now:", watcher())

print("-- weak value dictionary entries go with the cycle")
cache = weakref.WeakValueDictionary()
for i in range(3):
    n = Node(i)
    n.other = n
    cache[i] = n
del n
print("  entries before collect:", len(cache))
gc.collect()
print("  entries after collect:", len(cache))

print("-- a callback that is itself part of the garbage is not called")
class Owner:
    pass
o = Owner()
o.self = o
def gone(ref):
    print("  never printed")
o.cb = gone
target = Node("t")
target.other = target
o.ref = weakref.ref(target, o.cb)
del o, gone, target
gc.collect()
print("  collected quietly")

print("-- weak proxy to a collected cycle")
p_target = Node("p")
p_target.other = p_target
proxy = weakref.proxy(p_target)
print("  proxy name:", proxy.name)
del p_target
gc.collect()
try:
    proxy.name
except ReferenceError as e:
    print("  ReferenceError:", e)
gc.enable()
