# very deep nesting: repr and comparison hit the recursion limit; hashing does not
d = {}
cur = d
for i in range(100000):
    cur[0] = {}
    cur = cur[0]
try:
    repr(d)
except RecursionError as e:
    print(type(e).__name__, e)
s = frozenset()
for i in range(100000):
    s = frozenset([s])
try:
    repr(s)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    hash(s) 
    print("hash ok")
except RecursionError as e:
    print(type(e).__name__, e)
a = {}
b = a
for i in range(100000):
    b[0] = {}
    b = b[0]
c = {}
b = c
for i in range(100000):
    b[0] = {}
    b = b[0]
try:
    print(a == c)
except RecursionError as e:
    print(type(e).__name__, e)
t = ()
for i in range(100000):
    t = (t,)
try:
    hash(t)
    print("tuple hash ok")
except RecursionError as e:
    print(type(e).__name__, e)
try:
    {t: 1}
    print("ok")
except RecursionError as e:
    print(type(e).__name__, e)
