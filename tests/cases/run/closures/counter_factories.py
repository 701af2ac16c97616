def make_accumulators():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(("add", x))
        return total
    def undo():
        nonlocal total
        op, x = history.pop()
        total -= x
        return total
    def state():
        return total, list(history)
    return add, undo, state
add, undo, state = make_accumulators()
add(5); add(7)
print(state(), undo(), state())
add2, _, state2 = make_accumulators()
add2(100)
print(state(), state2())
def memoize(fn):
    cache = {}
    calls = 0
    def wrapper(n):
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.stats = lambda: (calls, len(cache))
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.stats())
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
init = once(lambda: print("initialising") or 42)
print(init(), init())
def generator_closure():
    factor = 2
    def gen(n):
        for i in range(n):
            yield i * factor
    factor = 3
    return gen
print(list(generator_closure()(3)))
