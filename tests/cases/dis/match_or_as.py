# Or-patterns and as-patterns, including captures in alternatives.
def f(v):
    match v:
        case (1 | 2 | 3) as small:
            return small
        case [x, 1] | [1, x]:
            return x
        case (a, b) | [b, a]:
            return a, b
        case {'k': (int() | str()) as val}:
            return val
        case other:
            return other
