# range iteration at the edges of machine integers, negative steps and empties
import sys
M = sys.maxsize
for r in (range(M - 2, M), range(-M - 1, -M + 1), range(M - 3, M + 2), range(-M - 2, -M, 1), range(M, M - 3, -1),
          range(0, M, M // 2), range(M, -M - 1, -M), range(2**63 - 1, 2**63 + 1), range(-2**63, -2**63 + 2)):
    print(r, len(r), list(r), list(reversed(r)), r[-1] if r else None)
print(list(range(10, 0, -3)), list(range(-10, 0, 4)), list(range(0, -10, -4)), list(range(5, 5, -1)))
print([len(range(0, n, 3)) for n in range(8)], [len(range(0, -n, -3)) for n in range(8)])
print(list(range(1, 100, 10))[::3], list(range(100))[::-33])
r = range(-5, 5)
print([r.index(v) for v in (-5, 0, 4)], [v in r for v in (-6, -5, 4, 5)])
total = 0
for i in range(1000000):
    total += i
print(total)
print(sum(range(-1000, 1001)), list(range(3))[::-1], list(range(0)))
it = iter(range(3))
print(list(it), list(it))
big = range(0, 2**100, 2**98)
print(list(big), [x // 2**98 for x in reversed(big)], big.index(2**99), big.count(2**98))
print(range(10)[-100:100], range(10)[5:-100:-1], range(10)[::-1][2:5], range(0, 10, 3)[::-1])
print(list(range(0, 10, 3)[::-1]), range(20)[3:15][::2][1:], list(range(20)[3:15][::2][1:]))
print(range(M + 1) if False else len(range(M)), range(-1, M)[M], range(M)[M - 1] == M - 1)
try:
    len(range(-1, M))
except OverflowError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(-1, M)), bool(range(2**100)))
