# Unreachable code is compiled, then removed.
def f():
    return 1
    unreachable()

def g(x):
    if x:
        raise ValueError
        x = 2
    while True:
        break
        never()
    return x

if 0:
    gone = 1
else:
    kept = 2
while False:
    nothing()
x = 1 if 0 else 2
