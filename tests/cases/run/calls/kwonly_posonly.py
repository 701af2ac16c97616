def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
for call in [lambda: f(a=1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, 3),
             lambda: f(1, b=2, c=3, e=4)]:
    try:
        call()
    except TypeError as e:
        print(e)
def kwargs_and_posonly(name, /, **kw):
    return name, kw
print(kwargs_and_posonly("x", name="y"))
def only_kw(*, key):
    return key
print(only_kw(key=1))
try:
    only_kw(1)
except TypeError as e:
    print(e)
try:
    only_kw()
except TypeError as e:
    print(e)
def many_kw(*, a, b, c):
    pass
try:
    many_kw(b=1)
except TypeError as e:
    print(e)
def many_pos(x, y, z, /):
    pass
try:
    many_pos(1)
except TypeError as e:
    print(e)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
