# random operations on a dict, checked against a list of pairs
import random
rnd = random.Random(1234)
d = {}
pairs = []
def ref_set(k, v):
    for i, (kk, vv) in enumerate(pairs):
        if kk == k:
            pairs[i] = (k, v)
            return
    pairs.append((k, v))
def ref_del(k):
    for i, (kk, vv) in enumerate(pairs):
        if kk == k:
            del pairs[i]
            return True
    return False
mismatches = 0
for step in range(3000):
    op = rnd.random()
    k = rnd.choice([rnd.randrange(60), str(rnd.randrange(60)), (rnd.randrange(5), rnd.randrange(5))])
    if op < 0.5:
        d[k] = step
        ref_set(k, step)
    elif op < 0.75:
        had = k in d
        if had:
            del d[k]
        if ref_del(k) != had:
            mismatches += 1
    elif op < 0.85:
        v = d.pop(k, None)
        ref_del(k)
    elif op < 0.9 and d:
        kk, vv = d.popitem()
        if pairs[-1] != (kk, vv):
            mismatches += 1
        pairs.pop()
    else:
        d.setdefault(k, -step)
        if not any(kk == k for kk, _ in pairs):
            pairs.append((k, -step))
    if list(d.items()) != pairs:
        mismatches += 1
    if step % 500 == 0:
        print(step, len(d), list(d)[:6])
print("mismatches", mismatches, len(d))
print(list(d.items())[:8])
print(list(reversed(d.items()))[:5])
import sys
print(sys.getsizeof(d))
