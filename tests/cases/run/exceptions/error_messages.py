def f(*a, **k): return a, k
class M:
    def keys(self): return ["a"]
    def __getitem__(self, k): return 42
print(f(*[1, 2], *(3,), **{"x": 1}, **M()))
print(f(*range(3)), f(**dict(a=1)))
for bad in ["f(*5)", "f(**5)", "f(**{1: 2})", "[*5]", "{**5}", "f(x=1, **{'x': 2})", "print(*None)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
s = "abcdefgh"
print(s[1:7:2], s[::-1], s[-3:], s[:100], s[slice(2, 4)])
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (k, v) in enumerate({"p": 1}.items()):
    print(i, k, v)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    class C: pass
    match C():
        case C(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    f(1)(2)
except TypeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    (1).foo = 2
except AttributeError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
try:
    import math.nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    with open("/nonexistent/file") as fh:
        pass
except OSError as e:
    print(type(e).__name__, e)
