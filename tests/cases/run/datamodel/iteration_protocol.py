# __iter__/__next__, StopIteration, the old __getitem__ protocol, iter(callable, sentinel).
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(1)
print(next(c), next(c, "done"))
err(lambda: next(c))

class OldStyle:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return chr(ord("a") + i)
print(list(OldStyle()), tuple(OldStyle()), "".join(OldStyle()))
it = iter(OldStyle())
print(type(it).__name__, next(it), list(it), list(it))
class KeyErrStop:
    def __getitem__(self, i): raise KeyError(i)
err(lambda: list(KeyErrStop()))
class StopIterStops:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(StopIterStops()))

class NotIter: pass
err(lambda: iter(NotIter()))
err(lambda: list(NotIter()))
err(lambda: [x for x in 5])
err(lambda: iter(5))
err(lambda: next(5))
err(lambda: next([1]))
err(lambda: next(NotIter()))
def tup(): a, b = 5
err(tup)

class IterNotIterator:
    def __iter__(self): return [1, 2]
err(lambda: iter(IterNotIterator()))
err(lambda: list(IterNotIterator()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
err(lambda: iter(IterNone()))
class NextOnly:
    def __next__(self): return 1
err(lambda: iter(NextOnly()))

values = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(values), None)))
err(lambda: iter(5, None))
err(lambda: iter(len, None, 1))
err(lambda: iter())
ci = iter(int, 1)
print(next(ci), type(ci).__name__)

class Gen:
    def __iter__(self):
        yield 1
        yield 2
g = Gen()
print(list(g), list(g), type(iter(g)).__name__)

class Unpack:
    def __iter__(self): return iter(range(3))
a, *b = Unpack()
print(a, b)
def unpack_many():
    x, y = Unpack()
err(unpack_many)
def unpack_few():
    w, x, y, z = Unpack()
err(unpack_few)
def unpack_star_few():
    w, x, *y, z, q = Unpack()
err(unpack_star_few)
print(*Unpack(), sep=",")
err(lambda: print(*5))
err(lambda: dict(**5))
print(max(Unpack()), min(Unpack()), sorted(Unpack(), reverse=True), list(enumerate(Unpack())))
it2 = iter([1, 2])
print(iter(it2) is it2)
