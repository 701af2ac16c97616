# with statements: single and multiple items, as-targets, nesting.
with open('f') as fh:
    data = fh.read()
with lock:
    count += 1
with a as x, b as (y, z):
    use(x, y, z)
def f():
    with ctx() as c:
        return c.value
def g():
    for item in items:
        with item:
            if item.skip:
                continue
            break
