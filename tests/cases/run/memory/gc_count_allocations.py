# gc.get_count()[0] is GC allocations minus GC frees since the last
# collection of generation 0.
import gc
r = [None] * 12
gc.collect()
r[0] = gc.get_count()
r[1] = gc.get_count()
x = []
r[2] = gc.get_count()
y = {}
r[3] = gc.get_count()
z = {1: x}
r[4] = gc.get_count()
del x, y, z
r[5] = gc.get_count()
t = (1, [])
r[6] = gc.get_count()
s = {1, 2}
r[7] = gc.get_count()
del t, s
r[8] = gc.get_count()
gc.collect(0)
r[9] = gc.get_count()
gc.collect(1)
r[10] = gc.get_count()
gc.collect()
r[11] = gc.get_count()
print(r)
