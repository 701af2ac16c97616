def require_positive(fn):
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{fn.__name__} needs a positive number, got {x}")
        return fn(x)
    return wrapper
@require_positive
def root(x):
    return x ** 0.5
print(root(9))
print(root(-1))
