# Unpacking into names, nested targets and from any iterable.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)
[p, q] = "hi"
print(p, q)
first, second, third = range(3)
print(first, second, third)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(i, name, score)

def gen():
    yield "g1"
    yield "g2"

g1, g2 = gen()
print(g1, g2)
for bad in [(1,), (1, 2, 3), [], "abcd"]:
    try:
        m, n = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    m, n = 5
except TypeError as e:
    print(e)
try:
    m, n = None
except TypeError as e:
    print(e)
