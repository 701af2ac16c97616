# reprs of sets and frozensets
print(set(), frozenset(), {1}, frozenset([1]), {"a"}, {(1, 2)}, {None})
print(repr(set()), repr(frozenset()), str({1, 2}), str(frozenset("a")))
print({frozenset()}, frozenset([frozenset()]), {frozenset([1, 2])})
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), F(), F([2]), repr(S([3, 4])))
class SR(set):
    def __repr__(self):
        return "SR!"
print(SR(), {frozenset([SR.__name__])})
class Self:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "Self(" + repr(self.s) + ")"
    __hash__ = object.__hash__
s = set()
s.add(Self(s))
print(s)
class Bad:
    def __repr__(self):
        raise RuntimeError("nope")
try:
    repr({Bad()})
except RuntimeError as e:
    print(type(e).__name__, e)
print({1.5, -0.0, 1e100}, {"it's", 'say "hi"'} == {'say "hi"', "it's"})
print(repr({b"x"}), {True}, {2**70})
l = [1]
print({"in list": 1} if False else {(1, (2, (3,)))})
t = set()
t.add(frozenset([frozenset([1])]))
print(t)
print(sorted(repr(x) for x in {1, "1", 1.5}))
print(f"{ {1} }", "{}".format(frozenset()), "%s|%r" % ({2}, frozenset([3])))
