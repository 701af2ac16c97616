def source():
    yield 1
    yield int("two")
def doubler(it):
    for x in it:
        yield x * 2
def printer(it):
    for x in it:
        print(x)
printer(doubler(source()))
