# big sets and dicts past CPython's 50000-entry growth switch: order, sizes, hashes
s = set()
for i in range(60000):
    s.add(i * 2654435761 % 2**40)
    if i % 7 == 0:
        s.discard((i // 2) * 2654435761 % 2**40)
l = list(s)
print(len(s), l[:5], l[-5:], hash(tuple(l)))
import sys
print(sys.getsizeof(s))
d = {}
for i in range(60000):
    d[str(i)] = i
    if i % 5 == 0:
        del d[str(i // 2)]
print(len(d), list(d)[:3], sys.getsizeof(d))
f = frozenset(str(i) for i in range(70000))
print(list(f)[:5], hash(f))
