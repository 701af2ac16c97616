# tuple methods, hashing and unhashable contents
t = (1, 2, 3, 2, 1, "x", 2.0)
print(t.count(2), t.count("x"), t.count(9), t.index(2), t.index(2, 2), t.index(1, -3))
print(t.index(2, 4), t.index(3, 0, 3))
for args in ((9,), (2, 5, 6), (3, 3), ("x", 0, 5)):
    try:
        t.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    t.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash((1, 2, 3)), hash(()), hash(("a", 1)) == hash(("a", 1)))
print(hash((-1,)), hash((0,)), hash(((1, 2), (3,))))
for bad in (([1],), (1, {}), ((1, [2]),), (set(),), (bytearray(),)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {([1],): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [])}
except TypeError as e:
    print(type(e).__name__, e)
d = {(1, 2): "a", (1, (2, 3)): "b"}
print(d[(1, 2)], d[1, (2, 3)], (1, 2) in d)
class H:
    def __hash__(self):
        return 12345
print(hash((H(), H())) == hash((H(), H())))
class BadHash:
    def __hash__(self):
        raise KeyError("no hash")
try:
    hash((1, BadHash()))
except KeyError as e:
    print(type(e).__name__, e)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in "yz"))
orig = (1, 2)
print(tuple(orig) is orig, orig[:] is orig, orig[::1] is orig, orig[0:2] is orig)
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
for i in (7, -8, 100):
    try:
        t[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    t["a"]
except TypeError as e:
    print(type(e).__name__, e)
print(t[-1], t[::2], t[5:1:-1], t[100:], (1, 2) + (3,), len(t), 2 in t, 9 not in t)
print(tuple.__hash__ is not None, type(hash(t)).__name__, t.__len__(), t.__getitem__(0), t.__contains__(3))
print(divmod(7, 2).__class__.__name__, (1, 2).__getnewargs__())
