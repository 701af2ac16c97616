# Comparisons with None compile to POP_JUMP_IF_(NOT_)NONE.
def f(x, y):
    if x is None:
        return 1
    if y is not None:
        return 2
    if not x is None:
        return 3
    while x is not None:
        x = x.next
    return 0
