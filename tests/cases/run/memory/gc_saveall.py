import gc
gc.collect()
print(gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = []
b = [a]
a.append(b)
ida, idb = id(a), id(b)
del a, b
n = gc.collect()
print(n)
print(len(gc.garbage), sorted(map(id, gc.garbage)) == sorted([ida, idb]))
print(gc.garbage[0][0] is gc.garbage[1] or gc.garbage[1][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
print(gc.garbage)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
# gc.garbage is the collector's own list: rebinding the name does not change it.
orig = gc.garbage
gc.garbage = []
gc.set_debug(gc.DEBUG_SAVEALL)
c = {}; c['c'] = c; del c
gc.collect()
gc.set_debug(0)
print(len(gc.garbage), len(orig))
orig.clear()
