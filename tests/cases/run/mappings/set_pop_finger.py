# set.pop walks the table from where the previous pop stopped
s = set(range(20))
print([s.pop() for _ in range(5)], list(s))
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s.pop())
t = {"a", "b", "c", "d", "e", "f", "g", "h"}
order = list(t)
popped = [t.pop() for _ in range(3)]
print(popped == order[:3])
t.update("xyz")
print(len(t), sorted([t.pop() for _ in range(4)] + list(t)) == sorted(set("abcdefghxyz") - set(popped)))
u = set(range(100))
for i in range(0, 100, 3):
    u.discard(i)
print([u.pop() for _ in range(10)])
u.update(range(0, 12))
print([u.pop() for _ in range(6)])
v = {1, 2, 3}
c = v.copy()
print(v.pop(), c.pop(), v.pop(), c.pop())
w = set(range(8))
w.pop()
w.clear()
w.update(range(3))
print(w.pop(), w.pop())
x = set()
for i in range(50):
    x.add(i * 7)
    if i % 5 == 0:
        x.pop()
print(sorted(x)[:5], len(x), list(x)[:10])
f = frozenset(range(5))
y = set(f)
print([y.pop() for _ in range(5)], y)
