# Chained assignment and attribute / subscript targets.
a = b = c = 0
obj.attr = 1
obj.inner.attr = obj.attr
d['key'] = value
d[i][j] = d[j][i]
d[1:2] = [3]
a = obj.x = d[0] = f()
