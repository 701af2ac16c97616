# Chained comparisons used as conditions.
def f(a, b, c):
    if a < b < c:
        return 1
    while 0 <= a < 10:
        a += 1
    if not (a == b == c):
        return 2
    return a < b > c
