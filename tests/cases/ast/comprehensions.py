[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[(x, y) for x, y in z]
[x for x in [y for y in z]]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a if k for v in b}
[x for x in y if (z := x)]
[[x for x in row] for row in matrix]
[x for x, in y]
[x for (x) in y]
[x for *x, y in z]
