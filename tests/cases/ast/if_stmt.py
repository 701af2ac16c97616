if a:
    pass
if a: b
if a:
    b
else:
    c
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
if (x := 10) > 5: pass
if not a and b or c: pass
