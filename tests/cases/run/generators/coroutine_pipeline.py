def coroutine(fn):
    def start(*a, **k):
        c = fn(*a, **k)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "closed")
@coroutine
def filter_by(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    finally:
        target.close()
@coroutine
def broadcast(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()
evens = filter_by(lambda n: n % 2 == 0, printer("even:"))
bigs = filter_by(lambda n: n > 3, printer("big:"))
b = broadcast(evens, bigs)
for n in range(6):
    b.send(n)
b.close()
@coroutine
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        raise
    finally:
        print("grep finished with", matches)
g = grep("py")
for line in ["python", "ruby", "pypy", "c"]:
    g.send(line)
g.close()
