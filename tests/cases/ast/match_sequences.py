match x:
    case []: pass
    case (): pass
    case [a]: pass
    case [a, b]: pass
    case (a, b): pass
    case a, b: pass
    case a,: pass
    case [a, *rest]: pass
    case [*_, last]: pass
    case (*_,): pass
    case [[a, b], (c, d)]: pass
    case *a, b: pass
