# coding: cp1258
x = a b