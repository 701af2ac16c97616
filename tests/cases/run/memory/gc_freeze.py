import gc
gc.collect()
print(gc.get_freeze_count())
x = [1]
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count()[0])
print(any(o is x for o in gc.get_objects()))
n = gc.get_freeze_count()
y = []
y.append(y)
del y
gc.collect()
print(gc.get_freeze_count() == n)
gc.unfreeze()
print(gc.get_freeze_count())
print(any(o is x for o in gc.get_objects(2)))
