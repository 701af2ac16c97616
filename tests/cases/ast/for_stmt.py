for x in y:
    pass
for x, y in z: pass
for (x, y), z in w: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass
for x.attr in y: pass
for x[0] in y: pass
for [a, *b] in c: pass
for i in range(10):
    if i: break
else:
    pass
