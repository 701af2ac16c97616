# coding: latin-1
print('x')
