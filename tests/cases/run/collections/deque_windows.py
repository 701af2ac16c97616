# Bounded deques as sliding windows, rotation edge cases, big deques.
from _collections import deque
import sys

def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44], 3))
d = deque(range(5))
for k in (1, -1, 5, -5, 7, -12, 0, sys.maxsize, -sys.maxsize):
    d.rotate(k)
    print(k, list(d))
one = deque([1])
one.rotate(3)
empty = deque()
empty.rotate(2)
print(one, empty)
w = deque(range(3), maxlen=3)
w.extendleft([10, 11])
print(w)
w.insert(1, "x") if len(w) < 3 else print("full", len(w))
w.pop()
w.insert(1, "x")
print(w)
grow = deque()
for i in range(1000):
    grow.appendleft(i) if i % 2 else grow.append(i)
print(len(grow), grow[0], grow[-1], grow[500], grow.index(500), grow.count(3))
while len(grow) > 3:
    grow.pop() if len(grow) % 2 else grow.popleft()
print(grow)
s = deque("abcdef")
del s[2]
del s[-1]
s[0] = "A"
print(s, s[-2], s.remove("b"), s)
