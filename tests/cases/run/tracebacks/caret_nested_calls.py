def inner(x):
    return x.upper()
def outer(items):
    return [inner(i) for i in items]
print(outer(["a", None]))
