# Class patterns with positional and keyword sub-patterns.
def f(shape):
    match shape:
        case Point(x=0, y=0):
            return 'origin'
        case Point(x, y):
            return x, y
        case Circle(center=Point(x=cx), radius=r):
            return cx, r
        case int() | float():
            return 'number'
        case str(s):
            return s
        case module.Klass(a, b=_):
            return a
