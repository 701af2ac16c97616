# Unary operators, and `not` on comparisons.
r = -a
r = +a
r = ~a
r = not a
r = not a is b
r = not a in b
r = not a == b
r = -(-a)
r = not not a
