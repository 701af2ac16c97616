#coding: utf8
print('x')
