# the __getitem__ iteration protocol and how builtins consume it
class Squares:
    def __init__(self, n):
        self.n = n
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(4)
print(list(s), s.calls)
print(tuple(Squares(3)), sorted(Squares(3), reverse=True), sum(Squares(5)), max(Squares(4)), min(Squares(4)))
print(9 in Squares(4), 10 in Squares(4), list(enumerate(Squares(3))), list(zip(Squares(2), "ab")))
print(bytes(Squares(4)), bytearray(Squares(3)), set(Squares(3)) == {0, 1, 4}, "-".join(map(str, Squares(3))))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "done"), next(it, "still done"))
print(it.__length_hint__() if hasattr(it, "__length_hint__") else "no hint")
class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))
class Raises:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("not an IndexError")
        return i
try:
    list(Raises())
except KeyError as e:
    print(type(e).__name__, e)
class WithLen:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i
print(list(WithLen()), len(WithLen()))
try:
    reversed(Squares(2))
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(WithLen())))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
class Contains:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return "x" * i
    def __contains__(self, v):
        return v == "magic"
print("magic" in Contains(), "xx" in Contains(), list(Contains()))
seen = []
class Endless:
    def __getitem__(self, i):
        seen.append(i)
        return i
for v in Endless():
    if v == 3:
        break
print(seen)
it = iter(Squares(10))
print([next(it) for _ in range(3)], list(it))
it2 = iter(Squares(3))
list(it2)
print(list(it2))
counter = iter(range(10)).__next__
print(list(iter(counter, 4)))
print(isinstance(iter(Squares(1)), type(iter(Squares(1)))), iter(it2) is it2)
