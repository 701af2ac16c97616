# Sequence patterns: fixed length, starred, wildcards, nesting.
def f(seq):
    match seq:
        case []:
            return 0
        case [x]:
            return x
        case [x, y]:
            return x + y
        case [first, *rest]:
            return first, rest
        case [*_, last]:
            return last
        case [a, *_, b]:
            return a, b
        case (1, _, _):
            return 'three'
        case [[a, b], [c, d]]:
            return a, b, c, d
