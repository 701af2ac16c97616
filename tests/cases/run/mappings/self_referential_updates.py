# containers updated from themselves or from generators over themselves
s = {1, 2, 3}; s.__init__(s); print(s)
f = frozenset([1]); f.__init__(f); print(f)
d = {1: 2}; d.__init__(d); print(d)
d = {1: 2}; d.__init__(d.items()); print(d)
s = {1, 2}; s.__init__(iter(s)) if False else None
s = {1, 2}; s ^= s; print(s)
s = {1, 2}; s -= s; print(s)
s = {1, 2}; s &= s; print(s)
s = {1, 2}; print(s.intersection(s, s), s.difference(s), s.symmetric_difference(s), s.union(s, s))
d = {1: 1}
try:
    d.update(((k, v) for k, v in d.items()))
    print(d)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    d.update(((k + 1, v) for k, v in d.items()))
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    s.update(x + 1 for x in s)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
s = {1, 2}
try:
    s.intersection_update(x for x in s)
    print(s)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    s.difference_update(x for x in s)
    print(s)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    s.symmetric_difference_update(x + 10 for x in s)
    print(s)
except RuntimeError as e:
    print(type(e).__name__, e)
d = dict.fromkeys(range(3))
try:
    d |= ((k + 10, 0) for k in d)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = dict.fromkeys(range(3))
try:
    print(dict.fromkeys(d), d.keys() | (k + 1 for k in d), d.keys() - (k for k in d))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d.keys() & (d.setdefault(k + 50) for k in range(2))
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
