# Full collections untrack dicts that hold only atoms; young ones don't.
import gc
gc.collect()
d = {'a': 1, 'b': 'x'}
d2 = {1: 2}
d2[3] = []
d2.pop(3)
print(gc.is_tracked(d2))
gc.collect(0)
print(gc.is_tracked(d2))
gc.collect(1)
print(gc.is_tracked(d2))
gc.collect(2)
print(gc.is_tracked(d2))
d3 = {(1, 2): 3}
print(gc.is_tracked(d3))
d4 = {}
d4[tuple([1, 2])] = 1
print(gc.is_tracked(d4))
gc.collect()
print(gc.is_tracked(d4))
d5 = d4.copy()
print(gc.is_tracked(d5))
d6 = {'k': [1]}
d7 = d6.copy()
print(gc.is_tracked(d7))
d8 = {}
d8.update(d6)
print(gc.is_tracked(d8))
