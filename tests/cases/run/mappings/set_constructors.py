# set() and frozenset() constructors and re-initialization
print(set(), set([]), set("aab") == {"a", "b"}, set(range(3)), set({"k": 1}), set({1: 2}.items()))
print(frozenset(), frozenset("abc") == set("cba"), frozenset(x for x in range(3)))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: set(1))
err(lambda: set([1], [2]))
err(lambda: set(iterable=[1]))
err(lambda: frozenset(1))
err(lambda: frozenset([1], [2]))
err(lambda: frozenset(iterable=[1]))
err(lambda: set([[]]))
err(lambda: set(None))
s = {1, 2, 3}
s.__init__([9])
print(s)
s.__init__()
print(s)
err(lambda: s.__init__(5))
print(s)
f = frozenset([1])
f.__init__([2, 3])
print(f)
class S(set):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag
t = S([1, 2], tag="x")
print(t, t.tag, type(t).__name__, t == {1, 2})
class F(frozenset):
    def __new__(cls, *args, tag=None):
        obj = super().__new__(cls, *args)
        obj.tag = tag
        return obj
u = F("ab", tag="y")
print(sorted(u), u.tag, type(u).__name__, F() == frozenset(), F() is frozenset())
class G(frozenset):
    pass
print(G([1]), type(frozenset(G([1]))).__name__, frozenset(G([1])) is not None)
err(lambda: S([1], bogus=2))
err(lambda: G(bogus=1))
class S2(set):
    pass
err(lambda: S2(x=1))
print(set.__new__(set), type(set.__new__(S2)).__name__, frozenset.__new__(frozenset))
err(lambda: set.__new__(frozenset))
err(lambda: frozenset.__new__(set))
err(lambda: set.__new__(int))
# constructing from other sets does not share
src = {1, 2}
cp = set(src)
cp.add(3)
print(src, cp)
print(set(frozenset([5])), frozenset({5}))
print(set(iter([3, 1, 2])), set(map(abs, [-1, 1, -2])))
print(set(dict.fromkeys("xyz").keys()) == {"x", "y", "z"}, frozenset(b"hi"))
