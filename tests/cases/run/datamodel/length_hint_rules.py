# operator.length_hint and __length_hint__: precedence and result checks.
import operator
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Hint:
    def __init__(self, h): self.h = h
    def __length_hint__(self): return self.h
class LenAndHint:
    def __len__(self): return 3
    def __length_hint__(self): return 100
class NoLen: pass

print(operator.length_hint([1, 2]), operator.length_hint(LenAndHint()))
print(operator.length_hint(Hint(7)), operator.length_hint(NoLen()), operator.length_hint(NoLen(), 42))
print(operator.length_hint(Hint(NotImplemented), 9))
err(lambda: operator.length_hint(Hint(-1)))
err(lambda: operator.length_hint(Hint("x")))
err(lambda: operator.length_hint(Hint(1.5)))
err(lambda: operator.length_hint(Hint(2 ** 70)))
err(lambda: operator.length_hint(NoLen(), "d"))
err(lambda: operator.length_hint(NoLen(), -1))
err(lambda: operator.length_hint())
class Raising:
    def __length_hint__(self): raise ValueError("hint failed")
err(lambda: operator.length_hint(Raising()))
class TypeErrHint:
    def __length_hint__(self): raise TypeError("type err in hint")
err(lambda: operator.length_hint(TypeErrHint(), 5))
class LenTypeError:
    def __len__(self): raise TypeError("len type err")
err(lambda: operator.length_hint(LenTypeError(), 4))
class LenValueError:
    def __len__(self): raise ValueError("len value err")
err(lambda: operator.length_hint(LenValueError(), 4))
class HintNone:
    __length_hint__ = None
err(lambda: operator.length_hint(HintNone(), 6))

# builtin iterators report their remaining length
it = iter([1, 2, 3, 4])
next(it)
print(operator.length_hint(it), it.__length_hint__())
it = iter(range(10))
next(it); next(it)
print(operator.length_hint(it))
it = iter({1: 2, 3: 4})
print(operator.length_hint(it))
it = reversed([1, 2, 3])
next(it)
print(operator.length_hint(it))
print(operator.length_hint(iter("abc")), operator.length_hint(iter((1,))), operator.length_hint(iter(b"ab")))
print(operator.length_hint(iter(set([1, 2]))))
print(operator.length_hint(x for x in [1]))
print(operator.length_hint(map(str, [1, 2])), operator.length_hint(zip([1], [2])))
it = iter([1, 2])
list(it)
print(operator.length_hint(it))
l = [1, 2, 3]
it = iter(l)
l.clear()
print(operator.length_hint(it))

# list() uses the hint only as a preallocation; wrong hints do not matter
class Liar:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __length_hint__(self): return 1000
print(list(Liar()))
class Liar2(Liar):
    def __length_hint__(self): return 0
print(list(Liar2()), tuple(Liar2()), bytearray(Liar2()))
class BadHintIter(Liar):
    def __length_hint__(self): return -5
err(lambda: list(BadHintIter()))
class StrHintIter(Liar):
    def __length_hint__(self): return "no"
err(lambda: list(StrHintIter()))
