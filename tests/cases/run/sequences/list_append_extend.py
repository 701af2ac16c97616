# list.append and list.extend with many kinds of iterables, including self
def show(label, value):
    print(label, value)

xs = []
xs.append(1)
xs.append([2, 3])
xs.append(None)
show("append", xs)
try:
    xs.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

ys = [0]
ys.extend([1, 2])
ys.extend((3, 4))
ys.extend(range(5, 8))
ys.extend("ab")
ys.extend(b"\x01\x02")
ys.extend({"k": 1})
ys.extend(x * 10 for x in range(3))
ys.extend(iter([99]))
ys.extend(set())
show("extend", ys)

zs = [1, 2, 3]
zs.extend(zs)
show("self extend", zs)
zs.extend(zs[::-1])
show("self reversed", zs)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
ws = []
ws.extend(Seq())
show("old protocol", ws)

class Gen:
    def __iter__(self):
        yield "a"
        yield "b"
ws.extend(Gen())
show("gen iter", ws)

for bad in (5, None, 3.5, object):
    try:
        [].extend(bad)
    except TypeError as e:
        print(type(e).__name__, e)

def failing():
    yield 1
    yield 2
    raise RuntimeError("boom in middle")
part = []
try:
    part.extend(failing())
except RuntimeError as e:
    print(type(e).__name__, e, part)

# += is extend, returns same object
a = [1]
alias = a
a += (2, 3)
a += "xy"
a += range(2)
print(a, alias is a)
try:
    a + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
print(a)

# extend with a length-hinting iterator that lies
class Lying:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 4:
            raise StopIteration
        return self.n
    def __length_hint__(self):
        return 1000
lst = ["x"]
lst.extend(Lying())
print(lst, len(lst))

class BadHint(Lying):
    def __length_hint__(self):
        return -1
try:
    [].extend(BadHint())
except ValueError as e:
    print(type(e).__name__, e)
print(list.append.__doc__ is not None, list.extend.__name__)
