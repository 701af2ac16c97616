(x := 1)
if (n := len(a)) > 10: pass
while (chunk := f.read()): pass
[y := f(x), y ** 2]
f(x := 1)
print(x := 1, y := 2)
{(x := 1): 2}
a[b := 1]
foo(x=(y := f(x)))
[z for x in y if (z := x)]
lambda: (x := 1)
