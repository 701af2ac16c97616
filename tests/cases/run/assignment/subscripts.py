# Subscript assignment and deletion on lists, dicts and custom containers.
xs = [0, 1, 2, 3]
xs[0] = "a"
xs[-1] = "z"
print(xs)
for idx in [4, -5]:
    try:
        xs[idx] = 1
    except IndexError as e:
        print(e)
try:
    xs["1"] = 2
except TypeError as e:
    print(e)
del xs[1]
print(xs)
d = {}
d["k"] = 1
d[(1, 2)] = "tuple"
d[None] = 0
print(d)
del d["k"]
try:
    del d["k"]
except KeyError as e:
    print(repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)

class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[repr(key)] = value
    def __getitem__(self, key):
        return self.cells[repr(key)]
    def __delitem__(self, key):
        print("del", key)
        del self.cells[repr(key)]

g = Grid()
g[1, 2] = "a"
g[3:4] = "b"
g[..., 0] = "c"
print(g[1, 2])
del g[1, 2]
class NoSet:
    def __getitem__(self, k):
        return k
try:
    NoSet()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoSet()[0]
except TypeError as e:
    print(e)
