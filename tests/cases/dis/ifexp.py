# Conditional expressions.
r = a if cond else b
r = a if c1 else b if c2 else c
r = (a if c1 else b) + 1
r = f(a) if not cond else g(b)
r = x if x is not None else default
r = 1 if True else 2
r = a if (b and c) else d
