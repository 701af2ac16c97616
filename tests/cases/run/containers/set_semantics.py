a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a.isdisjoint({9}))
a.add(10); a.discard(99); a.remove(1)
print(sorted(a))
try:
    a.remove(99)
except KeyError as e:
    print(repr(e))
fs = frozenset("abc")
print(fs | {"d"} == frozenset("abcd"), type(fs | {"d"}).__name__, type({"d"} | fs).__name__)
try:
    fs.add("x")
except AttributeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
print({frozenset({1}): "frozen key"}[frozenset({1})])
s = set()
s.update([1, 2], (3,), "a")
print(sorted(s, key=str), len(s), set() == frozenset(), set("aab") == {"a", "b"})
print(s.pop() in {1, 2, 3, "a"}, {1, 2}.union([3], [4]), {1, 2, 3}.intersection([2, 3], {3}))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
print({1, 2} == {2, 1}, {1} != {1.0}, repr(set()), repr(frozenset()))
x = {1, 2, 3}
x -= {1}
x |= {9}
x &= {2, 9}
x ^= {100}
print(sorted(x))
