a.b
a.b.c.d
a[0]
a[0][1]
a["key"]
a[b, c]
a[(b, c)]
a[b][c].d(e)[f].g
a.b[c].d
x[y:=1]
a[*b]
a[*b, c]
a[b, *c]
