for i, (a, b) in enumerate(zip("xyz", range(10, 40, 10)), start=1):
    print(i, a, b)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for ch in reversed("abc"):
    print(ch, end="")
print()
for x in range(10, 0, -3):
    print(x, end=" ")
print()
it = iter(range(6))
for a in it:
    b = next(it, None)
    print((a, b), end=" ")
print()
data = [1, 2, 3, 4]
for x in data[:]:
    if x % 2 == 0:
        data.remove(x)
print(data)
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + k] = d.pop(k)
print(d)
total = 0
for total in range(0):
    pass
print("unchanged total", total)
for _ in range(3):
    pass
print(_)
words = ["apple", "banana", "cherry"]
for idx in range(len(words) - 1, -1, -1):
    print(idx, words[idx][::-1])
while (n := len(words)) > 1:
    words.pop()
print(n, words)
