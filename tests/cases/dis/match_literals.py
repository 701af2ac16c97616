# match with literal, singleton and value patterns.
def f(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'float'
        case 'text':
            return 'str'
        case b'raw':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case Color.RED:
            return 'red'
        case 1 + 2j:
            return 'complex'
        case _:
            return 'other'
