g = 1
def f():
    global g
    global a, b, c
    x = 1
    def h():
        nonlocal x
        x = 2
        def i():
            nonlocal x, y
    return h
