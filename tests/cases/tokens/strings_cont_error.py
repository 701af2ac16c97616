a = 'abc\
def
b = 1
c = 'x\
y\
z
d = 2
