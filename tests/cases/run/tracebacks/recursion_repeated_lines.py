def countdown(n):
    if n == 0:
        raise RuntimeError("bottom")
    return countdown(n - 1)
countdown(30)
