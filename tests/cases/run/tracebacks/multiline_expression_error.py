def combine(a, b, c):
    return (a
            + b
            + c)
combine(1, 2, None)
