# if / elif / else, nested, and constant conditions.
if a:
    x = 1
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a and b:
    pass
if a or b:
    pass
if not a:
    pass
if a is None:
    y = 0
if a is not None:
    y = 1
if 0:
    dead = 1
if 1:
    alive = 1
if a < b < c:
    z = 1
if x:
    if y:
        if z:
            deep = 1
