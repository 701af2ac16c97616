a = 10
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, ~a, not a)
s = "hello"
print(s + " world", s * 2, s[1], s[1:3], len(s))
l = [1, 2, 3]
l.append(4)
print(l, l[0], l[-1], l[1:], len(l))
t = (1, "a", None, True, 3.5)
print(t)
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], "a" in d, "z" in d)
x = 2 ** 100
print(x, x * x)
print(1 < 2, 1 == 1.0, 1 is 1, "a" != "b")
if a > 5:
    print("big")
else:
    print("small")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
for c in "abc":
    print(c, end=" ")
print()
for k, v in d.items():
    print(k, v)
print(sum([1,2,3]), max(3,1,2), min([4,5]), abs(-3), sorted([3,1,2]))
