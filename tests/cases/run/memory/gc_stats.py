import gc
s0 = gc.get_stats()
print(len(s0), [sorted(d) for d in s0])
gc.collect()
gc.collect(0)
gc.collect(0)
gc.collect(1)
s1 = gc.get_stats()
print([s1[i]['collections'] - s0[i]['collections'] for i in range(3)])
l = []; l.append(l); del l
a = {}; a['a'] = a; del a
gc.collect()
s2 = gc.get_stats()
print(s2[2]['collected'] - s1[2]['collected'], s2[2]['uncollectable'])
