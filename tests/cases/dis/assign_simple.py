# Simple assignments of constants and names at module level.
x = 1
y = x
z = 'text'
w = None
flag = True
pi = 3.14159
big = 123456789012345678901234567890
neg = -42
c = 2j
b = b'bytes'
e = ...
t = ()
