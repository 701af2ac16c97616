# '%' formatting of a literal string becomes f-string code when simple.
a = '%s' % (x,)
b = '%s-%r-%a' % (x, y, z)
c = '%10s|%-5s|%.3s' % (p, q, r)
d = '%d' % (n,)
e = '%s %s' % (only_one,)
f = '%s' % x
g = '100%% %s' % (x,)
h = '%s' % (*xs,)
i = b'%s' % (x,)
