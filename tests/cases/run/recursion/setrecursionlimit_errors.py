import sys
old = sys.getrecursionlimit()
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit(2 ** 70)
except OverflowError as e:
    print(e)
sys.setrecursionlimit(60)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(40 < d < 60)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def f():
    sys.setrecursionlimit(3)
try:
    def nest(k):
        if k == 0:
            sys.setrecursionlimit(2)
            return
        nest(k - 1)
    nest(5)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(old)
