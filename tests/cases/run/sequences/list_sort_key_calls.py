# sort calls the key once per item; reverse keeps stability; sort of larger data
calls = []
def key(v):
    calls.append(v)
    return v % 4
data = list(range(12))
print(sorted(data, key=key), len(calls), calls == data)
pairs = [(k, i) for i, k in enumerate([3, 1, 3, 2, 1, 3, 2])]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: p[0])[::-1] == sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["b", "A", "a", "B", "c", "C"]
print(sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
import random
rng = random.Random(12345)
big = [rng.randrange(1000) for _ in range(2000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[:5], s[-5:], len(s))
recs = [(rng.randrange(5), i) for i in range(300)]
st = sorted(recs, key=lambda r: r[0])
print(all(st[i][1] < st[i + 1][1] for i in range(len(st) - 1) if st[i][0] == st[i + 1][0]))
desc = sorted(big, reverse=True)
print(desc[:5], desc == s[::-1])
runs = list(range(100)) + list(range(50, 0, -1)) + list(range(30))
print(sorted(runs)[:10], sorted(runs)[-3:])
floats = [rng.random() for _ in range(50)] + [float("inf"), -float("inf"), 0.0, -0.0]
fs = sorted(floats)
print(fs[0], fs[-1], fs[1] < fs[2])
mixed_numbers = [3, 1.5, True, 2, 0.5, False, 10**20, -1]
print(sorted(mixed_numbers))
strs = ["banana", "apple", "Cherry", "apple", "", "a"]
print(sorted(strs), sorted(strs, key=len), sorted(strs, key=lambda x: (len(x), x)))
tuples = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(tuples), sorted(tuples, key=lambda t: t[1]))
lists = [[3], [1, 2], [1], [], [1, 1]]
print(sorted(lists))
byts = [b"b", b"a", b"ab", b"", bytearray(b"aa")]
print(sorted(byts))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Rev(%d)" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
lst = [5, 3, 1]
res = lst.sort()
print(res, lst)
lst.sort(key=lambda v: -v)
print(lst)
try:
    lst.sort(key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 2], key=lambda a, b: 0)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[]] * 3), sorted([None]), sorted([float("nan"), 1.0]) is not None)
