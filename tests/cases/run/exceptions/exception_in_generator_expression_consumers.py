def risky(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * 10
for consumer in (list, tuple, set, sum, max, sorted, lambda g: dict((v, v) for v in g), "".join):
    try:
        if consumer is "".join:
            consumer(str(risky(x)) for x in range(5))
        else:
            consumer(risky(x) for x in range(5))
    except ValueError as e:
        print(getattr(consumer, "__name__", "?"), "->", e)
gen = (risky(x) for x in range(5))
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except ValueError as e:
    print("raised at fourth:", e)
print(next(gen, "exhausted after error"))
try:
    [risky(x) for x in range(5)]
except ValueError as e:
    print("list comprehension:", e, type(e.__traceback__.tb_next.tb_frame.f_code.co_name).__name__)
