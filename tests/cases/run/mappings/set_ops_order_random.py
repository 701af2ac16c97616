# iteration order of every set operation's result on random string sets, hashed into a digest
import random
rnd = random.Random(7)
words = ["w%d" % i for i in range(300)]
def rs(n):
    return set(rnd.sample(words, n))
out = []
for trial in range(60):
    a, b = rs(rnd.randrange(0, 60)), rs(rnd.randrange(0, 60))
    c = list(rs(rnd.randrange(0, 20)))
    d = dict.fromkeys(rnd.sample(words, rnd.randrange(0, 40)), 0)
    r = [a | b, a & b, a - b, a ^ b, a.union(c, b), a.intersection(c), a.difference(c, b),
         a.symmetric_difference(c), frozenset(a) | b, set(d), frozenset(d), d.keys() & a, d.keys() | c,
         d.keys() - b, d.keys() ^ a, set(d.items()) - {(w, 0) for w in c}, a.intersection(b, c), set(c) & a]
    x = set(a); x &= b; r.append(x)
    x = set(a); x -= b; r.append(x)
    x = set(a); x ^= b; r.append(x)
    x = set(a); x |= b; r.append(x)
    x = set(a); x.update(c, b); r.append(x)
    x = set(a); x.intersection_update(c, b, a); r.append(x)
    x = set(a); x.difference_update(c, b); r.append(x)
    x = set(a); x.symmetric_difference_update(c); r.append(x)
    x = set(a); x.symmetric_difference_update(d); r.append(x)
    x = set(a); x.symmetric_difference_update(b); r.append(x)
    out.append(hash(tuple(tuple(s) for s in r)))
    if trial < 3:
        print([list(s)[:5] for s in r])
print(out)
