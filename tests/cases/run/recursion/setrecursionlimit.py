import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
def deep(n):
    if n == 0:
        return sys.setrecursionlimit(5)
    return deep(n - 1)
try:
    deep(10)
except RecursionError as e:
    print(e)
class A:
    def __repr__(self):
        return repr(self)
sys.setrecursionlimit(1000)
try:
    repr(A())
except RecursionError as e:
    print(e)
