# Subscripts with various index expressions.
a = d[0]
b = d['key']
c = d[x][y]
d2 = d[x, y]
e = d[f(x)]
d[0] = 1
d[x][y] = z
del d[0]
