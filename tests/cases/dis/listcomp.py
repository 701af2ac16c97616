# List comprehensions: conditions, multiple for clauses, closures.
a = [x for x in data]
b = [x * 2 for x in data if x > 0]
c = [x for x in data if x if x != 3]
d = [(x, y) for x in xs for y in ys]
e = [y for x in xs for y in [f(x)]]
f = [x for x in range(10) if x % 2 == 0 if x % 3 == 0]
def g(n):
    return [i * n for i in range(n)]
