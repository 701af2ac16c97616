match x:
    case {}: pass
    case {"a": 1}: pass
    case {"a": 1, "b": b}: pass
    case {1: _, **rest}: pass
    case {**rest}: pass
    case {x.y: z,}: pass
    case {None: a, True: b, -1: c}: pass
    case Point(): pass
    case Point(1, 2): pass
    case Point(x=1, y=2): pass
    case Point(1, y=2): pass
    case a.b.C(x, y, z=1,): pass
    case int(n): pass
