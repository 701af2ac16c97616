# Expression statements: values are discarded; constants become NOPs.
1
'string statement'
f()
a + b
x.y
[1, 2]
...
