f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda *args, **kwargs: (args, kwargs)
f = lambda x=1: lambda y=2: x + y
f = lambda: (yield)
g = map(lambda x: x * 2, items)
h = lambda x: x if x else -x
k = (lambda: 1)()
