# insertion order with deletions and re-insertions
d = {}
for c in "hello world":
    d[c] = d.get(c, 0) + 1
print(d)
del d["l"]
d["l"] = 0
print(list(d))
d["h"] = "updated"  # updating keeps position
print(list(d.items())[:2])
for k in list(d)[::2]:
    del d[k]
print(d)
for k in "abc":
    d[k] = k
print(list(d))
# many deletions force a rebuild; order must survive
e = {i: i for i in range(50)}
for i in range(0, 50, 3):
    del e[i]
for i in range(0, 50, 6):
    e[i] = -i
print(list(e))
print(list(e.values())[-5:])
# reinsert at front is impossible: only at end
f = dict.fromkeys("abcde")
f.pop("a")
f["a"] = 1
print(list(f), list(reversed(f)))
# order of equal-but-different keys
g = {1: "int"}
g[1.0] = "float"
g[True] = "bool"
print(g, type(list(g)[0]).__name__)
g2 = {True: "a", 1: "b", 1.0: "c", 0: "zero", False: "f", 0.0: "ff"}
print(g2)
# comprehension order
print({x % 5: x for x in range(12)})
# order after copy, | and update
h = {"b": 1, "a": 2}
print(h | {"a": 3, "c": 4}, {"c": 4} | h)
h.update({"z": 0, "b": 9})
print(h)
# order stable through many grow cycles
big = {}
for i in range(1000):
    big[str(i)] = i
    if i % 3 == 0:
        del big[str(i)]
print(list(big)[:10], list(big)[-5:], len(big))
# popitem removes the last inserted
print(big.popitem(), big.popitem())
print(list(big)[-3:])
