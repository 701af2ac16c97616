# reversed(): __reversed__ and the sequence fallback; __length_hint__.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Rev:
    def __reversed__(self): return iter("cba")
print(list(reversed(Rev())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
r = reversed(Seq())
print(type(r).__name__, list(r), r.__length_hint__())
class OnlyGetitem:
    def __getitem__(self, i): return i
err(lambda: reversed(OnlyGetitem()))
err(lambda: reversed(5))
err(lambda: reversed({1: 2}.items()))
print(list(reversed({1: 2, 3: 4})), list(reversed(range(3))), list(reversed("ab")))
err(lambda: reversed({1, 2}))
class NoneRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
err(lambda: reversed(NoneRev()))
err(lambda: reversed())
err(lambda: reversed([], []))

class Hint:
    def __init__(self, h): self.h = h
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return self.h
print(list(Hint(100)), list(Hint(NotImplemented)))
err(lambda: list(Hint(-1)))
err(lambda: list(Hint("x")))
err(lambda: list(Hint(1.5)))
it = iter([1, 2, 3])
print(it.__length_hint__())
next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), iter({1: 2}).__length_hint__())
print(reversed([1, 2, 3]).__length_hint__(), iter("abc").__length_hint__())
print(iter((1,)).__length_hint__())
