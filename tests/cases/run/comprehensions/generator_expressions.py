g = (n * n for n in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]))
print(list((a, b) for a in "ab" for b in "12"))
def evaluated_eagerly():
    source = [1, 2]
    gen = (x for x in source)
    source = [9, 9]
    return list(gen)
print(evaluated_eagerly())
def lazy_condition():
    limit = 1
    gen = (x for x in range(5) if x > limit)
    limit = 3
    return list(gen)
print(lazy_condition())
try:
    gen = (1 / x for x in [1, 0])
    print(next(gen))
    next(gen)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
gen = (x for x in [1])
print(gen.__name__, gen.__qualname__.split(".")[-1], gen.gi_running, gen.gi_frame is not None)
list(gen)
print(gen.gi_frame)
print(list(x for x in (y for y in range(3))))
print("".join(c.upper() for c in "abc" if c != "b"))
it = iter([1, 2, 3])
print(list(x for x in it if x < 2), list(it))
