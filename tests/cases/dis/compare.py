# Single and chained comparisons, identity and membership tests.
r = a < b
r = a <= b
r = a == b
r = a != b
r = a > b
r = a >= b
r = a is b
r = a is not b
r = a in b
r = a not in b
r = a < b < c
r = a < b <= c != d
r = x in [1, 2, 3]
r = x not in (a, b)
r = x in {1, 2, 3}
