# Tuple and list unpacking, starred targets, swaps.
a, b = 1, 2
a, b = b, a
a, b, c = c, b, a
x, y, z = range(3)
[p, q] = q, p
first, *rest = [1, 2, 3, 4]
*init, last = items
head, *middle, tail = items
(m, n), o = pairs
for i, (j, k) in enumerate(zip(xs, ys)):
    pass
