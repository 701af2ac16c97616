# slicing and indexing over non-ASCII text
texts = ['', 'a', 'hello', 'héllo wörld', 'αβγδεζηθ', '😀a😁b😂c', 'aé€😀', 'x' * 20 + '😀']
slices = [(None, None, None), (1, None, None), (None, -1, None), (None, None, 2), (None, None, -1), (None, None, -2),
          (1, -1, 3), (-3, None, None), (5, 1, -1), (5, 1, 1), (100, None, None), (-100, 100, None), (None, None, 100),
          (None, None, -100), (3, 3, None), (-1, -5, -2), (0, 1, None)]
for t in texts:
    for a, b, c in slices:
        print(repr(t), (a, b, c), repr(t[a:b:c]))
s = 'aé€😀'
print([s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
for i in (4, -5, 10**20, -10**20):
    try:
        s[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for idx in ('1', 1.0, None, [1]):
    try:
        s[idx]
    except TypeError as e:
        print(repr(idx), type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(s[I()], s[I():], s[:I()], s[::I()], s[slice(1, None, I())])
print(s[10**20:], s[:-10**20], s[::10**20], s[::-10**20])
try:
    s['a':]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
r = s[1:]
print(type(r).__name__, s[:] is s, s[0:len(s)] is s, s[::1] is s)
class S(str):
    pass
print(type(S('abc')[1:]).__name__, type(S('abc')[:]).__name__, type(S('abc')[0]).__name__)
print(s.__getitem__(1), s.__getitem__(slice(None, None, -1)), len(s), s.__len__())
