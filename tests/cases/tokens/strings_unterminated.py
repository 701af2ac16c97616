a = 'abc
b = "def
c = rb'ghi
d = 'ok'
e = f"x
'
