# union / intersection / difference / symmetric_difference with several arguments
a = {1, 2, 3, 4}
print(a.union(), a.union([5]), a.union([5], (6,), range(7, 8), "z") == a | {5, 6, 7, "z"})
print(a.intersection(), a.intersection([2, 3, 9]), a.intersection({2, 3}, [3, 4]), a.intersection([], [1]))
print(a.difference(), a.difference([1]), a.difference([1], (2,), {3}))
print(a.symmetric_difference([3, 4, 5]), a.symmetric_difference({9}))
print(a, a.union() is a, type(a.union()).__name__)
f = frozenset([1, 2])
print(f.union() is f, f.intersection() is f, f.difference() is f)
print(type(f.union([3])).__name__, type(f.intersection([1])).__name__, type(f.symmetric_difference([1])).__name__)
print(f.union({3}), f.difference("a"), f.intersection(range(2)))
def err(f_):
    try:
        f_()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: a.union(1))
err(lambda: a.union([1], None))
err(lambda: a.intersection(5))
err(lambda: a.difference(5))
err(lambda: a.symmetric_difference())
err(lambda: a.symmetric_difference([1], [2]))
err(lambda: a.symmetric_difference(5))
err(lambda: a.union([[]]))
err(lambda: a.intersection([[]]))
err(lambda: a.difference([[]]))
err(lambda: set().difference([[]]))
err(lambda: a.symmetric_difference([[]]))
# mixing set and frozenset: type follows the receiver
s, fs = {1, 2}, frozenset([2, 3])
for x in (s | fs, fs | s, s & fs, fs & s, s - fs, fs - s, s ^ fs, fs ^ s):
    print(type(x).__name__, sorted(x))
print(set.union(s, fs), type(set.union(s, fs)).__name__)
err(lambda: set.union(fs, s))
err(lambda: frozenset.union(s, fs))
print(frozenset.union(fs, s))
# subclasses return base types from operators
class S(set):
    pass
class F(frozenset):
    pass
for x in (S([1]) | {2}, S([1]).union(), F([1]) | {2}, F([1]).union([3]), S([1]) - S(), S([1]).copy()):
    print(type(x).__name__, x)
# intersection with dict, string and iterator arguments
print(sorted({"a", "b", "c"}.intersection({"a": 1, "c": 2})), {"a", "b"}.intersection("bz"), {1, 2}.intersection(iter([2])))
print({1, 2, 3}.difference({2: 0}), {1, 2}.union({3: 0}.keys()), {1, 2}.symmetric_difference({2: 0}))
