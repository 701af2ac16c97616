# Unpacking in calls and displays mixed with plain arguments.
f(*a, b, *c, d=1)
f(*[1, 2, 3])
f(*(x for x in y))
f(1, 2, *a, **{'k': 1})
print(*args, sep='', **opts)
g(*a)(**b)
