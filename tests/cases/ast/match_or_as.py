match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as n:
        pass
    case [1, 2] as pair:
        pass
    case Point(x=0) | Point(y=0) as p if p.z:
        pass
    case str() | bytes():
        pass
    case _ if cond:
        pass
    case _:
        pass
match (a, b):
    case (1, 2): pass
match a, b:
    case x, y: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
