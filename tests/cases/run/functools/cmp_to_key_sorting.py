# functools.cmp_to_key (native KeyWrapper) in sorting, min/max, bisect.
import functools, bisect

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
key = functools.cmp_to_key(by_length_then_alpha)
print(sorted(words, key=key), min(words, key=key), max(words, key=key))
print(sorted(words, key=key, reverse=True))
ks = [key(w) for w in sorted(words, key=key)]
print(bisect.bisect_left(ks, key("grape")), [k.obj for k in ks][:2])
calls = []
def counting(a, b):
    calls.append((a, b))
    return a - b
sorted([3, 1, 2], key=functools.cmp_to_key(counting))
print(len(calls) > 0, all(isinstance(c, tuple) for c in calls))
k = functools.cmp_to_key(lambda a, b: 0)
print(k(1) == k(2), k(1) < k(2), k(1) <= k(2))
k.obj_check = True if False else None
def bad(a, b):
    return "x"
try:
    sorted([1, 2], key=functools.cmp_to_key(bad))
except TypeError as e:
    print("TypeError", e)
def raising(a, b):
    raise ValueError("no compare")
try:
    sorted([1, 2], key=functools.cmp_to_key(raising))
except ValueError as e:
    print("ValueError", e)
kw = functools.cmp_to_key(mycmp=lambda a, b: b - a)
print(sorted([1, 3, 2], key=kw), kw(5).obj)
w = kw(1)
w.obj = 10
print(w.obj, w < kw(3))
