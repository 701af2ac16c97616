x
x.y
f()
1 + 2
(x)
[x]
"docstring-like"
await_ = x
yield_ = y
print("hello", end="")
x if y else z
lambda: 0
