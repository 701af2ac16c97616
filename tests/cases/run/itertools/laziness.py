# Every itertools iterator pulls from its input only when asked.
import itertools as it

pulled = []
def source(n):
    for i in range(n):
        pulled.append(i)
        yield i

def check(name, make, steps):
    pulled.clear()
    obj = make(source(10))
    after_make = list(pulled)
    got = [next(obj) for _ in range(steps)]
    print(name, after_make, got, pulled)

check("accumulate", lambda s: it.accumulate(s), 2)
check("chain", lambda s: it.chain(s, s), 2)
check("compress", lambda s: it.compress(s, it.repeat(1)), 2)
check("dropwhile", lambda s: it.dropwhile(lambda x: x < 3, s), 1)
check("takewhile", lambda s: it.takewhile(lambda x: x < 3, s), 2)
check("filterfalse", lambda s: it.filterfalse(lambda x: x % 2, s), 2)
check("starmap", lambda s: it.starmap(lambda x: -x, ((v,) for v in s)), 2)
check("islice", lambda s: it.islice(s, 1, None, 3), 2)
check("pairwise", it.pairwise, 2)
check("zip_longest", lambda s: it.zip_longest(s, "ab"), 2)
check("groupby", lambda s: it.groupby(s, key=lambda x: x // 4), 1)
check("cycle", it.cycle, 3)
check("tee", lambda s: it.tee(s)[0], 2)
check("product", lambda s: it.product(s, repeat=1), 1)
check("combinations", lambda s: it.combinations(s, 2), 1)

# islice stops reading at its stop
pulled.clear()
print(list(it.islice(source(100), 2, 5)), pulled)
# takewhile consumes the first failing item
src = iter([1, 2, 5, 3])
print(list(it.takewhile(lambda x: x < 3, src)), list(src))
# groupby's groups share the underlying iterator
g = it.groupby("aabbbc")
print([(k, "".join(grp)) for k, grp in g])
# zip_longest stops calling an exhausted iterator
class Once:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls > 1:
            raise StopIteration
        return "x"
o = Once()
print(list(it.zip_longest(o, range(4))), o.calls)
# an error in the source propagates from next()
def failing():
    yield 1
    raise ValueError("boom")
for make in (it.chain, lambda s: it.islice(s, 5), it.cycle, lambda s: it.accumulate(s), it.pairwise):
    obj = make(failing())
    try:
        list(obj)
    except ValueError as e:
        print(type(obj).__name__, "ValueError", e)
