# dict.setdefault
d = {}
print(d.setdefault("a"), d)
print(d.setdefault("a", 5), d)
print(d.setdefault("b", []), d)
d.setdefault("b", []).append(1)
d.setdefault("b", []).append(2)
print(d)
print(d.setdefault(1, "one"), d.setdefault(1.0, "float"), d.setdefault(True, "bool"), d)
for args in [(), (1, 2, 3)]:
    try:
        d.setdefault(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault(key=1)
except TypeError as e:
    print(type(e).__name__, e)
# grouping idiom
groups = {}
for w in "apple banana avocado cherry blueberry cranberry apricot".split():
    groups.setdefault(w[0], []).append(w)
print(groups)
# subclass __setitem__ is not used by setdefault
class Loud(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
    def __missing__(self, k):
        print("missing", k)
        return 0
l = Loud()
print(l.setdefault("x", 1), l)
l["y"] = 2
print(l)
# setdefault with an existing key does not replace
e = {"k": "old"}
print(e.setdefault("k", "new"), e)
print(len(d), list(d))
