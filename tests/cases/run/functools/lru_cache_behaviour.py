# functools.lru_cache / cache on the native wrapper: eviction order,
# typed keys, keyword keys, methods, reentrancy and clearing.
import functools

log = []
@functools.lru_cache(maxsize=3)
def f(x):
    log.append(x)
    return x * 10
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    f(x)
print(log, f.cache_info())

@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info(), typed.cache_parameters())

@functools.lru_cache
def kw(a, b=0, *, c=0):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(1, c=3), kw.cache_info())

@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)

calls = 0
@functools.lru_cache(maxsize=2)
def reentrant(n):
    global calls
    calls += 1
    if n > 0:
        reentrant(n - 1)
        reentrant.cache_clear() if n == 3 else None
    return n
print(reentrant(5), calls, reentrant.cache_info())

class Shape:
    def __init__(self, side):
        self.side = side
    @functools.lru_cache(maxsize=8)
    def area(self):
        return self.side ** 2
    def __hash__(self):
        return hash(self.side)
    def __eq__(self, other):
        return self.side == other.side
print(Shape(3).area(), Shape(3).area(), Shape.area.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
try:
    functools.lru_cache("x")
except TypeError as e:
    print("TypeError", e)
try:
    f([1])
except TypeError as e:
    print("TypeError", e)
print(f.__wrapped__(7), f.__name__, type(f).__name__)
