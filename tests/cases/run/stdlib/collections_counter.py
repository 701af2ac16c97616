# Counter from CPython's collections: counting, arithmetic, ordering.
from collections import Counter

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2))
print(c["the"], c["missing"], len(c), c.total())
c.update(["fox", "fox"])
c.subtract({"the": 1})
print(sorted(c.items())[:4])
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+Counter(x=-1, y=2), -Counter(x=-1, y=2))
print(list(Counter("mississippi").elements()))
print(Counter("abc") == Counter("cba"), Counter(a=1) <= Counter(a=2), Counter(a=1, b=0) == Counter(a=1))
print(repr(Counter()), Counter("zzyx"))
del c["fox"]
print("fox" in c, c.get("dog"))
print(Counter({"x": 2}).copy(), dict(Counter(k=1)))
