for v in [1j, True, bytearray(b"a"), b"a", {1: 2}, 1.5, frozenset(), 1, [1], {1}, "s", (1,), range(1)]:
    T = type(v)
    try:
        match v:
            case T(x):
                print(type(v).__name__, "self-match", x is v)
    except TypeError as e:
        print(type(v).__name__, e)
