# coding: ascii
s = 'ö'
