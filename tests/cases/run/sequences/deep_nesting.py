# deeply nested lists and tuples: repr hits the recursion limit, identity shortcuts don't recurse
import sys
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
for name, fn in (("repr", repr), ("str", str), ("eq", lambda d: d == d[:]), ("lt", lambda d: d < [[[]]]), ("hash tuple", None)):
    if fn is None:
        continue
    try:
        r = fn(deep)
        print(name, "ok", type(r).__name__)
    except RecursionError as e:
        print(name, "RecursionError")
t = ()
for _ in range(100000):
    t = (t,)
for name, fn in (("repr", repr), ("hash", hash), ("eq", lambda x: x == (((),),))):
    try:
        r = fn(t)
        print(name, "ok", type(r).__name__)
    except RecursionError as e:
        print(name, "RecursionError")
import copy
try:
    copy.deepcopy(deep)
except RecursionError:
    print("deepcopy RecursionError")
del deep, cur, nxt
print("done")
