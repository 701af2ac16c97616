*a, b = c
a, *b = c
[a, *b] = c
(a, *b) = c
print(*args)
x = [*a, *b, *c]
y = (*a,)
z = {*a}
a, *b, c = range(10)
for *a, b in c: pass
f(*a, *b)
return_value = *a, b
