fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    i = 100
    return out
print([f() for f in make()])
def factory(n):
    return lambda x: x * n
doubles, triples = factory(2), factory(3)
print(doubles(5), triples(5))
def cell_before_assignment():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(e)
    value = 1
    return read()
print(cell_before_assignment())
def deleted_cell():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(e)
deleted_cell()
