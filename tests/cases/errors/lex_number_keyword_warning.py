# CPython 3.11 only warns for a number followed by a keyword...
x = 1if True else 2
y = [0x1for z in ()]
# ...but this is an error.
w = 0o1_
