# set order after removals: where re-added keys land among deleted slots
import random
def run(seed, keyspace, steps):
    rnd = random.Random(seed)
    s = set()
    for _ in range(steps):
        k = rnd.randrange(keyspace)
        if rnd.random() < 0.6:
            s.add(k)
        else:
            s.discard(k)
    return list(s)
for seed in range(12):
    print(seed, run(seed, (20, 100, 1000, 10**6)[seed % 4], 40 + seed * 15))
s = set(range(16))
for i in (3, 5, 7):
    s.discard(i)
s.add(35)
print(list(s))
s = set(range(16))
for i in (3, 5, 7, 9, 11, 13):
    s.discard(i)
s.add(35)
s.add(67)
print(list(s))
t = set(range(50))
for i in range(0, 50, 2):
    t.discard(i)
t.update([100, 200, 300, 44 + 128, 46 + 256])
print(t)
# strings: remove and re-add
w = set("abcdefghij")
for c in "acegi":
    w.remove(c)
for c in "klmno":
    w.add(c)
print(w)
w.update("aceg")
print(w)
# pop then add
p = set(range(10))
print([p.pop() for _ in range(5)])
p.update(range(20, 30))
print(p)
# symmetric difference update removes and adds in one pass
q = set(range(12))
q ^= set(range(6, 20))
print(q)
q -= set(range(15, 18))
q |= {1, 2, 3, 33, 65}
print(q)
