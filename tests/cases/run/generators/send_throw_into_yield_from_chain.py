def leaf():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("leaf handled", e)
            total = -1
            continue
        if x is None:
            return total
        total += x
def middle():
    result = yield from leaf()
    print("middle got", result)
    return result * 10
def top():
    final = yield from middle()
    yield f"top final {final}"
t = top()
print(next(t))
print(t.send(5), t.send(7))
print(t.throw(ValueError("bad input")))
print(t.send(3))
print(t.send(None))
try:
    next(t)
except StopIteration:
    print("all done")
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("echo finished")
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return self.__next__()
    def throw(self, *a):
        print("Echo.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)
        raise StopIteration("thrown")
def deleg():
    r = yield from Echo()
    yield ("returned", r)
d = deleg()
print(next(d), d.send("hi"), next(d))
d2 = deleg()
next(d2)
print(d2.throw(KeyError))
