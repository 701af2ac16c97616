# A self-referencing list and a two-list cycle are found by gc.collect().
import gc
gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
a = []; b = [a]; a.append(b)
del a, b
print(gc.collect())
print(gc.collect())
