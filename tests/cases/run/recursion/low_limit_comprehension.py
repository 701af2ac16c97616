import sys
sys.setrecursionlimit(50)
lines = []
def walk(items, depth=0):
    lines.append("  " * depth + str(len(items)))
    walk(items + [depth], depth + 1)
try:
    walk([])
except RecursionError as e:
    print("\n".join(lines))
    print("caught", e)
def f(x):
    return [f(x + 1) for _ in range(1)]
f(0)
