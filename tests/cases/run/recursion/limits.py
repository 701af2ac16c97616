import sys
def f(n):
    try: return f(n+1)
    except RecursionError: return n
print(f(0))
def g(n):
    return g(n+1)
try:
    g(0)
except RecursionError as e:
    print(e)
class A:
    def __init__(self): A()
try:
    A()
except RecursionError as e:
    print(e)
sys.setrecursionlimit(50)
print(f(0))
