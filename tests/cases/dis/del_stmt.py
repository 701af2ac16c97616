# del on names, attributes, subscripts, slices and tuples of targets.
del a
del obj.attr
del d['key']
del lst[1:3]
del a, b, (c, d)
def f(x):
    y = x
    del x, y
def g():
    z = 1
    def h():
        return z
    del z
    return h
