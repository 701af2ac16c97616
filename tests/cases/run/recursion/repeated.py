import sys
def f(n):
    try: return f(n+1)
    except RecursionError: return n
for i in range(3): print(f(0))
def g(n):
    return g(n+1)
for i in range(3):
    try: g(0)
    except RecursionError: pass
    print(f(0))
