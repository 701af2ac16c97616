break
def f():
    nonlocal y
