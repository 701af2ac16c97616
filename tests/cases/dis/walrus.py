# Assignment expressions, including inside comprehensions.
if (n := len(data)) > 10:
    print(n)
while (chunk := read()):
    process(chunk)
values = [y for x in data if (y := f(x)) is not None]
def g(items):
    if any((found := item) for item in items):
        return found
    total = [(last := v) for v in items]
    return last
