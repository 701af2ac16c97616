def build(depth):
    if depth == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {depth}", [build(depth - 1), KeyError(depth)])
raise build(3)
