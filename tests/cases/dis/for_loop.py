# for loops: else clauses, break, continue, nesting, constant iterables.
def total(items):
    s = 0
    for x in items:
        s += x
    return s

def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            break
        if x is None:
            continue
    else:
        return -1
    return i

def grid(n):
    out = []
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            out.append((i, j))
    return out

for c in [1, 2, 3]:
    print(c)
for c in [a, b]:
    print(c)
for c in {1, 2}:
    print(c)
