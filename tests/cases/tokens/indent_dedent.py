if a:
    if b:
        c
    d
        # comment at other level
    e
f
while x:
  y
