def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner
f = outer(1)
print(f(10))
print(f.__code__.co_freevars, outer.__code__.co_cellvars)
print(len(f.__closure__), [type(c).__name__ for c in f.__closure__])
cell = f.__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 100
print(f(10))
def empty_cell():
    def g():
        return z
    z = 0
    del z
    return g
c = empty_cell().__closure__[0]
try:
    c.cell_contents
except ValueError as e:
    print(e)
print(repr(c).split(" at ")[0])
def plain():
    pass
print(plain.__closure__)
import types
nc = types.CellType(5)
print(nc.cell_contents, types.CellType() is not None)
print(nc == types.CellType(5), nc < types.CellType(6))
