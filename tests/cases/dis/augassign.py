# Augmented assignment on names, attributes and subscripts, every operator.
x = 0
x += 1
x -= 2
x *= 3
x /= 4
x //= 5
x %= 6
x **= 7
x <<= 8
x >>= 9
x &= 10
x |= 11
x ^= 12
x @= m
obj.count += 1
d[key] *= 2
d[i][j] -= x
def f(n):
    total = 0
    total += n
    return total
