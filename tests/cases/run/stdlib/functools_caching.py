# lru_cache, cache, cached_property and reduce from CPython's functools.
import functools

@functools.lru_cache(maxsize=3)
def square(n):
    print("computing", n)
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__(5))

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().currsize)

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind.cache_info().misses, kind.cache_parameters())

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("area computed")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
