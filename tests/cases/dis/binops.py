# Every binary operator on names (nothing to fold).
r = a + b
r = a - b
r = a * b
r = a / b
r = a // b
r = a % b
r = a ** b
r = a << b
r = a >> b
r = a & b
r = a | b
r = a ^ b
r = a @ b
r = a + b * c - d / e
r = (a + b) * (c - d)
r = a ** b ** c
