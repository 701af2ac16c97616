# Dict displays with ** unpacking in different positions.
a = {**x}
b = {'a': 1, **x}
c = {**x, 'a': 1}
d = {**x, **y, **z}
e = {'a': 1, 'b': 2, **x, 'c': 3, 'd': 4}
f = {k: v, **rest}
