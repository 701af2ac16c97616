l = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(l), sorted(l, reverse=True), sorted(l, key=lambda x: -x))
l.sort()
print(l, l.index(4), l.count(1), l[::-1], l[1:5], l[-3:])
l.insert(0, 100); l.remove(1); print(l, l.pop(), l.pop(0), l)
l.extend([7, 8]); print(l, len(l), 7 in l, min(l), max(l))
l[1:3] = ["a", "b", "c"]; print(l)
del l[0]; print(l)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
print([1, 2] + [3], [0] * 3, [[]] * 2, list(range(5, 0, -1)))
s = [1, 2, 3]
s2 = s
s2.append(4)
print(s, s is s2, s == [1, 2, 3, 4], s.copy() is s)
print(list(enumerate("abc", 1)), list(zip([1, 2], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
try:
    [][0]
except IndexError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
t = (1, 2, 3)
print(t[1:], t + (4,), t * 2, t.index(2), tuple(reversed(t)), len(t))
print(list(range(10))[::3], list(range(10, 0, -3)), range(5)[2], range(1, 10, 2)[1:3])
