# _functools.reduce, cmp_to_key and _lru_cache_wrapper used directly.
from _functools import reduce, cmp_to_key, _lru_cache_wrapper
from collections import namedtuple
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(operator.add, ["a", "b"]), reduce(max, iter([3, 9, 2])))
def err(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
err(reduce)
err(reduce, 1, 2)
err(reduce, operator.add, [])
err(reduce, operator.add, [1], initial=5)
err(reduce, operator.add, [1, "a"])

key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), sorted("bca", key=cmp_to_key(lambda a, b: ord(b) - ord(a))))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 == key(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, type(k1).__name__, type(key).__name__)
err(lambda: k1 < 2)
err(hash, k1)
err(cmp_to_key)
err(lambda: cmp_to_key(mycmp=len)(1).obj)
err(lambda: key())

CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")
calls = []
def square(x, y=0):
    calls.append(x)
    return x * x + y
w = _lru_cache_wrapper(square, 2, False, CacheInfo)
print(w(2), w(2), w(3), w(2), w(4), w(3), w(2, y=1), calls)
print(w.cache_info())
w.cache_clear()
print(w.cache_info(), w(2), w.cache_info())
u = _lru_cache_wrapper(square, None, False, CacheInfo)
print([u(i % 3) for i in range(9)], u.cache_info())
z = _lru_cache_wrapper(square, 0, False, CacheInfo)
print(z(1), z(1), z.cache_info())
n = _lru_cache_wrapper(square, -5, False, CacheInfo)
print(n(1), n.cache_info())
t = _lru_cache_wrapper(square, 10, True, CacheInfo)
print(t(1), t(1.0), t(True), t.cache_info())
untyped = _lru_cache_wrapper(square, 10, False, CacheInfo)
print(untyped(1), untyped(1.0), untyped.cache_info())
print(w.__copy__() is w, w.__deepcopy__({}) is w)
w.__wrapped__ = square
w.__qualname__ = "square"
print(w.__wrapped__ is square, w.__reduce__(), sorted(w.__dict__))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = _lru_cache_wrapper(fib, None, False, CacheInfo)
print(fib(80), fib.cache_info())
class Holder:
    method = _lru_cache_wrapper(lambda self, x: (type(self).__name__, x), 4, False, CacheInfo)
print(Holder().method(5), Holder.method.cache_info().misses)
err(_lru_cache_wrapper, 1, 2, 3, 4)
err(_lru_cache_wrapper, len, "a", 3, 4)
err(_lru_cache_wrapper, len, 2, 3)
err(_lru_cache_wrapper(len, 2, False, CacheInfo), [1])
