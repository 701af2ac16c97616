import sys
def nested(n):
    if n == 0:
        yield "bottom"
    else:
        yield from nested(n - 1)
print(next(nested(100)))
try:
    next(nested(100000))
except RecursionError as e:
    print("RecursionError:", e)
def recurse_in_comprehension(n):
    return [recurse_in_comprehension(n - 1) for _ in range(1)] if n else []
try:
    recurse_in_comprehension(100000)
except RecursionError as e:
    print("comprehension:", e)
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None
try:
    Chain(100000)
except RecursionError as e:
    print("init chain:", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth() < 100)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
