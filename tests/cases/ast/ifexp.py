a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = 1 if True else 2
f(a if b else c)
[a if b else c for a in d]
lambda: a if b else c
a or b if c and d else e
