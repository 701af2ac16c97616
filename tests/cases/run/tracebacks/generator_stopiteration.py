def gen():
    yield 1
    raise StopIteration("oops")
for x in gen():
    print(x)
