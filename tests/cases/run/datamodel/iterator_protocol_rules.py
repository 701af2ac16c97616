# __iter__ / __next__: result checks, StopIteration, exhaustion.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), tuple(Count(0)), [x * 2 for x in Count(2)])
c = Count(1)
print(next(c), next(c, "default"))
err(lambda: next(c))

class IterReturnsNonIter:
    def __iter__(self): return 5
class IterReturnsList:
    def __iter__(self): return [1, 2]
class NextOnly:
    def __next__(self): return 1
err(lambda: iter(IterReturnsNonIter()))
err(lambda: iter(IterReturnsList()))
err(lambda: list(IterReturnsNonIter()))
err(lambda: iter(NextOnly()))
err(lambda: next(NextOnly()))
err(lambda: next([1]))
err(lambda: next(5))
err(lambda: [x for x in IterReturnsNonIter()])
def loop():
    for x in IterReturnsList():
        pass
err(loop)

# StopIteration value and iterators that restart
class WithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("done value")
def gen():
    r = yield from WithValue()
    yield r
print(list(gen()))

class Restart:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i % 3 == 0:
            raise StopIteration
        return self.i
r = Restart()
print(list(r), list(r), list(r))

# iter(callable, sentinel)
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
err(lambda: iter(5, 0))
err(lambda: iter(lambda: 1, 2, 3))
it = iter(lambda: 1 / 0, 0)
err(lambda: next(it))

# __getitem__ iteration: IndexError and StopIteration both end it
class GI:
    def __getitem__(self, i):
        if i == 3: raise IndexError
        return i
class GS:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
class GK:
    def __getitem__(self, i):
        raise KeyError(i)
print(list(GI()), list(GS()))
err(lambda: list(GK()))
print(type(iter(GI())).__name__)
it = iter(GI())
print(it.__length_hint__() if hasattr(it, "__length_hint__") else "no hint", next(it))
print(it.__reduce__()[0].__name__)

# a raising __next__ propagates the exception
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom in next")
err(lambda: list(Boom()))
err(lambda: dict.fromkeys(Boom()))
err(lambda: set(Boom()))
err(lambda: "".join(Boom()))

# unpacking uses the protocol
a, b = Count(2)
print(a, b)
def unpack3(): x, y, z = Count(2)
def unpack1(): (x,) = Count(2)
err(unpack3)
err(unpack1)
first, *rest = Count(4)
print(first, rest)

# sequence and callable iterators reduce to a call of iter()
import copy
it = iter(GI())
next(it)
it2 = copy.copy(it)
print(list(it2), list(it))
red = it.__reduce__()
print(red[0] is iter, red[1], len(red))
it3 = iter(GI())
it3.__setstate__(2)
print(list(it3))
it3.__setstate__(-5)
print(list(it3))
ci = iter(lambda: 1, 0)
print(ci.__reduce__()[0] is iter, len(ci.__reduce__()[1]))
ends = iter(lambda: 0, 0)
print(list(ends), ends.__reduce__()[1])
