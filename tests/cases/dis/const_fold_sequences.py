# Folding of strings, bytes and tuples: concatenation, repetition, indexing.
a = 'ab' + 'cd'
b = 'ab' * 3
c = 'x' * 5000
d = b'ab' * 2
e = (1, 2) + (3,)
f = (1, 2) * 3
g = (0,) * 300
h = 'hello'[1]
i = 'hello'[-1]
j = 'hello'[10]
k = b'abc'[0]
l = (1, 2, 3)[1]
m = 'abc' * -1
n = ('a', ('b', 'c'))
o = 'é' + 'ü'
p = 'sss'[0:1]
