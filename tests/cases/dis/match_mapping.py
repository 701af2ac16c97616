# Mapping patterns with literal and dotted keys and **rest.
def f(m):
    match m:
        case {}:
            return 'empty-ish'
        case {'x': x, 'y': y}:
            return x, y
        case {'kind': 'point', **rest}:
            return rest
        case {Keys.A: a}:
            return a
        case {1: one, 'two': [t]}:
            return one, t
