a; b; c
a; b;
x = 1; y = 2
if a: b; c
while a: b; c
for x in y: a; b
def f(): a; b
class C: a; b
if a:
    b; c
    if d:
        e
    f
