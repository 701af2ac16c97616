# Comprehensions nested inside comprehensions and functions.
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [v for row in matrix for v in row]
groups = {k: [v for v in vals if v] for k, vals in items}
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
total = sum(sum(x for x in row) for row in matrix)
