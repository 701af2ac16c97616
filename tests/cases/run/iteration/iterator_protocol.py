class Range3:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == 3:
            raise StopIteration
        self.i += 1
        return self.i
r = Range3()
print(list(r), list(r), next(r, "exhausted"))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
calls = iter(lambda: calls_list.pop(), "stop")
calls_list = ["stop", "b", "a"]
print(list(calls))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
class NextReturnsBad:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("inside next")
try:
    for _ in NextReturnsBad():
        pass
except ValueError as e:
    print(e)
class IterReturnsNonIterator:
    def __iter__(self):
        return [1, 2]
try:
    iter(IterReturnsNonIterator())
except TypeError as e:
    print(e)
seq_iter = iter("ab")
print(type(seq_iter).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__,
      type(iter(range(1))).__name__, type(iter(set())).__name__)
print(list(zip("ab", [1, 2, 3])), list(enumerate("xy", start=5)), list(map(pow, [2, 3], [2, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])), list(reversed(range(3))))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(e)
z = zip([1, 2], [3, 4])
print(next(z), list(z))
print(sum(range(5), 10), any(x > 3 for x in range(5)), all([]), any([]))
print(sorted("bca", reverse=True), min([], default="empty"), max("abc", key=ord))
try:
    min([])
except ValueError as e:
    print(e)
