# The itertools types can be subclassed; reprs use the subclass's name.
import itertools as it

class Counter2(it.count):
    def __next__(self):
        return super().__next__() * 2
class Rep(it.repeat):
    pass
class Ch(it.chain):
    def __init__(self, *iterables, tag=None):
        self.tag = tag
class Prod(it.product):
    pass
c = Counter2(5)
print(repr(c), next(c), next(c), repr(c), isinstance(c, it.count))
print(repr(Rep("x", 2)), list(Rep("x", 2)))
try:
    Ch("ab", tag=1)
except TypeError as e:
    print("TypeError", e)
print(list(Prod("ab", repeat=2))[:3], Prod.__mro__[1].__name__, it.count.__module__, it.count.__name__)
print(it.count.__qualname__, type(it.count()).__name__, it.groupby.__module__, it._grouper.__name__)
for t in (it.accumulate, it.chain, it.compress, it.count, it.cycle, it.dropwhile, it.filterfalse, it.groupby,
          it.islice, it.pairwise, it.permutations, it.product, it.repeat, it.starmap, it.takewhile, it.zip_longest,
          it.combinations, it.combinations_with_replacement):
    class Sub(t):
        pass
    print(t.__name__, Sub.__name__, iter(t) is not None if False else hasattr(t, "__next__"))
for t in (it._grouper, it._tee, it._tee_dataobject):
    try:
        class Bad(t):
            pass
        print(t.__name__, "subclassable")
    except TypeError as e:
        print("TypeError", e)
