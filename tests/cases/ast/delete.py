del x
del x, y
del (x, y), [z]
del x.attr, x[0], x[1:2]
del (x)
del [x, (y, z)],
del x[a, b]
