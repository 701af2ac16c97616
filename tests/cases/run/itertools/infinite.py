# count, cycle, repeat: values, reprs, steps of any numeric type, reduce.
from itertools import count, cycle, repeat, islice
from fractions import Fraction

print(list(islice(count(), 5)))
print(list(islice(count(10, -3), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(Fraction(1, 3), Fraction(1, 3)), 4)))
print(list(islice(count(2**64), 2)))
print(list(islice(count(1j, 1), 2)))
c = count(5)
print(repr(c), next(c), repr(c))
print(repr(count(0, 2)), repr(count(1.0, 1)), repr(count(1, 1.0)), repr(count(True)), repr(count(True, 2)))
print(count(3, 2).__reduce__(), count(7).__reduce__(), count(1.5).__reduce__())
class MyCount(count):
    pass
print(repr(MyCount(4, 3)))
for bad in ("a", None, []):
    try:
        count(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    count(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

cy = cycle("abc")
print([next(cy) for _ in range(8)])
print(list(cycle([])))
cy2 = cycle(iter([1, 2]))
print([next(cy2) for _ in range(5)])
cls, args, state = cy2.__reduce__()
print(cls.__name__, list(args[0]), state)
try:
    cycle()
except TypeError as e:
    print("TypeError", e)
try:
    cycle([], x=1)
except TypeError as e:
    print("TypeError", e)

r = repeat("x", 3)
print(repr(r), r.__length_hint__(), list(r), r.__length_hint__(), repr(r))
print(repr(repeat([1], -4)), list(repeat(1, 0)), repr(repeat(None)))
print(list(repeat(object=7, times=2)))
print(repeat(1, 2).__reduce__(), repeat(1).__reduce__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
for args in [(), (1, "x"), (1, 2.0)]:
    try:
        repeat(*args)
    except TypeError as e:
        print("TypeError", e)
print(list(map(pow, range(5), repeat(2))))
