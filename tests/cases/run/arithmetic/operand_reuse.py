# Arithmetic results never disturb values that other names still see, even
# when the interpreter computes into an operand in place.
x = 1000
y = x
x += 1
print(x, y)

f = 2.5
g = f
f *= 2.0
print(f, g)

items = [1.5, 2.5]
total = 0.0
for v in items:
    total += v
print(total, items)

a = 10 ** 6
b = a
for _ in range(3):
    a = a + 7
print(a, b)

def counter():
    n = 1000
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
bump = counter()
print(bump(), bump())

# Results in the small-int range are the shared cached objects.
x = 300
x -= 295
print(x, x is int('5'))
z = 1000
z = z - 1000
print(z is int('0'))

# Temporaries on both sides.
p, q = 3.0, 4.0
print((p * p + q * q) ** 0.5, p, q)
m = 7
n = (m * 1000) + (m * 2000)
print(n, m)

# A value held only by a list element is not a temporary.
vals = [10 ** 5]
w = vals[0] + 1
print(w, vals)

# Augmented assignment on attributes and subscripts.
class Box:
    pass
bx = Box()
bx.v = 1.25
keep = bx.v
bx.v += 1.0
print(bx.v, keep)
d = {'k': 5000}
kept = d['k']
d['k'] -= 1
print(d, kept)

# The same object on both sides.
s = 12345
print(s + s, s * s, s)
h = 1.5
print(h + h, h * h, h)
