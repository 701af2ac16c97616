a = 'abc\
def'
b = "one\
two\
three"
c = r'x\
y' + 1
d = 'p\
q'
