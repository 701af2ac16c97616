# dict.pop and popitem
d = dict.fromkeys("abcdef", 0)
for i, k in enumerate(d):
    d[k] = i
print(d.pop("a"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    d.pop((1, 2))
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    d.pop(())
except KeyError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop([], 1)
except TypeError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
d["z"] = 26
d["b"] = 100
print(d.popitem(), d)
while d:
    print("popped", d.popitem())
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem(1)
except TypeError as e:
    print(type(e).__name__, e)
# pop from empty dict with default
print({}.pop(1, "empty"))
try:
    {}.pop(1)
except KeyError as e:
    print(type(e).__name__, e)
# pop does not use __missing__
class M(dict):
    def __missing__(self, k):
        return 42
m = M()
try:
    m.pop("q")
except KeyError as e:
    print("M.pop", type(e).__name__, e)
print(m["q"], m.pop("q", "d"))
# popitem LIFO after mixed ops
e = {}
for i in range(8):
    e[i] = i
del e[3]
del e[7]
e[3] = "back"
print([e.popitem() for _ in range(3)], e)
