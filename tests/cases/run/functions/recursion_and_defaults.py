def flatten(obj, depth=0, out=None):
    out = [] if out is None else out
    if isinstance(obj, (list, tuple)):
        for item in obj:
            flatten(item, depth + 1, out)
    else:
        out.append((depth, obj))
    return out
print(flatten([1, [2, (3, [4])], 5]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(0, 5))
def binary_search(items, target, lo=0, hi=None):
    hi = len(items) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid)
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28))
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
def kwargs_recursion(n, **acc):
    if n == 0:
        return acc
    return kwargs_recursion(n - 1, **acc, **{f"k{n}": n})
print(kwargs_recursion(3))
