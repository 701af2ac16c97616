# Slicing: loads, stores, deletes, steps, extended slices.
a = s[1:2]
b = s[:]
c = s[::2]
d = s[i:j:k]
e = s[:-1]
s[1:2] = t
del s[::3]
f = m[1:2, ::3]
g = m[..., 0]
h = s[len(s) // 2:]
