# _functools.partial: calls, flattening, attributes, repr, reduce/setstate.
from _functools import partial

def show(*args, **kwargs):
    return args, kwargs

p = partial(show, 1, a=2)
print(p(3, b=4), p(a=5), p.func is show, p.args, p.keywords)
q = partial(p, 6, c=7)
print(q.func is show, q.args, q.keywords, q())
print(partial(max, 1, k=2).__class__, partial(int, base=2)("101"), partial(sorted, reverse=True)([2, 3, 1]))
print(repr(partial(len, 1, a=2)), repr(partial(show)), partial.__module__, repr(partial))
class P(partial):
    pass
print(repr(P(len, 1)), type(P(P(len), 2)).__name__, P(P(len), 2).args)
tagged = partial(len)
tagged.note = "kept"
print(partial(tagged, 3).args, partial(tagged, 3).func is tagged, tagged.__dict__, partial(len).__dict__)
print(partial(len, 1).__reduce__())
s = partial(len)
s.__setstate__((show, (1,), {"k": 1}, {"attr": 2}))
print(s(2), s.attr, s.__dict__)
s.__setstate__((show, (), None, None))
print(s(), s.keywords, s.__dict__)
print(partial(len)[int] if False else partial[int])
r = partial(show)
r.__setstate__((r, (), {}, None))
print(repr(r))
many = partial(show, *range(20))
print(len(many(*range(20))[0]))

def err(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
err(partial)
err(partial, 1)
err(partial(len))
err(partial(len), a=1)
for bad in (1, (1, 2), (1, 2, 3, 4), (len, [], None, None), (len, (), 5, None)):
    err(partial(len).__setstate__, bad)
err(setattr, partial(len), "func", max)
