# Set and dict comprehensions.
s = {x for x in data}
t = {x % 3 for x in data if x}
d = {k: v for k, v in pairs}
e = {k: v for k in ks for v in vs if k != v}
f = {str(i): i * i for i in range(5)}
