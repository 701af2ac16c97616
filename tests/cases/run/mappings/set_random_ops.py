# random operations on sets of strings and ints; order printed at checkpoints
import random
rnd = random.Random(99)
s = set()
ref = []
for step in range(2500):
    k = rnd.choice([str(rnd.randrange(200)), rnd.randrange(300), (rnd.randrange(4), "t")])
    op = rnd.random()
    if op < 0.55:
        s.add(k)
        if k not in ref:
            ref.append(k)
    elif op < 0.85:
        s.discard(k)
        if k in ref:
            ref.remove(k)
    elif op < 0.9 and s:
        p = s.pop()
        ref.remove(p)
    elif op < 0.95:
        other = {str(rnd.randrange(200)) for _ in range(5)}
        s ^= other
        for o in other:
            if o in ref:
                ref.remove(o)
            else:
                ref.append(o)
    else:
        s -= {rnd.randrange(300) for _ in range(10)}
        ref = [x for x in ref if x in s]
    if step % 400 == 0:
        print(step, len(s), list(s)[:12])
print(len(s) == len(ref), set(ref) == s)
print(list(s)[:30])
fs = frozenset(s)
print(list(fs)[:15], hash(fs) == hash(frozenset(ref)))
