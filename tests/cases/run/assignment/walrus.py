# Assignment expressions.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long", n)
values = [y for x in data if (y := x * 2) > 5]
print(values, y)
lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)
print([last := i for i in range(3)], last)
def f():
    total = [t := 0]
    for i in range(4):
        t += i
    return t, total
print(f())
print((w := 10) + w)
def g():
    [inner := k for k in "ab"]
    return inner
print(g())
