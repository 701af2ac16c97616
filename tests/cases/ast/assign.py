x = 1
x = y = z = 2
a, b = b, a
(a, b) = [c, d] = e
[a, [b, c]] = f
a, = b
x.attr = 1
x[0] = x[1:2] = 3
x.y.z[0].w = 4
a = yield_ = 5
first, *rest = items
*init, last = items
(*a, b), c = d
