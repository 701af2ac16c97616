# Short-circuiting `and` / `or` as values.
r = a and b
r = a or b
r = a and b and c
r = a or b or c
r = a and b or c
r = (a or b) and c
r = not (a and b)
r = a and not b
r = 1 and x
r = 0 or x
r = None or []
