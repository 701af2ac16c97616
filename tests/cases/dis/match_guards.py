# Guards, irrefutable patterns and a single default case.
def f(p):
    match p:
        case (x, y) if x == y:
            return 'diagonal'
        case (x, y) if x > y:
            return 'below'
        case (x, _):
            return x
        case value if value:
            return value
        case _:
            pass

def g(cmd):
    match cmd.split():
        case _:
            return None

def h(obj):
    match obj:
        case x:
            return x
