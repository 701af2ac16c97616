xs = [3, 1, 2]
xs.sort()
print(xs, sorted(xs, reverse=True), xs.index(2), xs.count(1))
xs.extend(range(3)); xs.insert(0, "first"); xs.insert(100, "last"); xs.insert(-100, "very first")
print(xs)
print(xs.pop(), xs.pop(0), xs.remove(1), xs)
try:
    xs.remove("absent")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    xs.index("absent")
except ValueError as e:
    print(e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
people = [("bob", 25), ("ann", 30), ("cy", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
a = [1, 2]
b = a * 2
c = [a] * 2
a.append(3)
print(b, c)
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 3], [0] * 3, list("abc"), [] or "empty")
l = list(range(10))
print(l[2:8:2], l[::-1][:3], l[-3:], l[100:], len(l[:]))
l.reverse()
print(l[:3], l.copy() == l, l.copy() is l)
l.clear()
print(l)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
n = [[]] * 3
n[0].append("shared")
print(n)
print(list(map(list, zip(*[[1, 2], [3, 4]]))))
def key_raises(x):
    raise ValueError("key failed")
try:
    sorted([1, 2], key=key_raises)
except ValueError as e:
    print(e)
