# re-initialising and slice-assigning sequences from themselves
l = [1, 2, 3]
l.__init__(l)
print(l)
l = [1, 2, 3]
l.__init__(iter(l))
print(l)
l = [1, 2, 3]
it = iter(l)
l.__init__(it)
print(l, list(it))
ba = bytearray(b"abc")
ba.__init__(ba)
print(ba)
ba = bytearray(b"abc")
ba.__init__(iter(ba))
print(ba)
ba = bytearray(b"abc")
ba.__init__(memoryview(b"xyz"))
print(ba)
l = [1, 2]
l[:] = l
print(l)
l[1:1] = l
print(l)
l[::-1] = l
print(l)
l.extend(reversed(l))
print(l)
l += l[::2]
print(l)
t = tuple(l)
l[:] = t
print(l == list(t))
class G(list):
    def __init__(self, *args):
        print("init called with", args)
        super().__init__(*args)
g = G([1])
print(g, type(g[:]).__name__, G.__new__(G, [5]), list.__new__(G))
