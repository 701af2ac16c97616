import collections.abc
print(collections.abc.Mapping)
import collections.abc as c
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable, Callable, Sized, Container, Set, MutableSet, Generator, Collection, Reversible
print(c.__name__, c.__package__, c.Mapping.__module__)
for obj in [[1], (1,), 'x', {1: 2}, {1}, frozenset(), 3, 3.0, None, iter([]), (x for x in []), range(3), len, lambda: 0, b'x']:
    print(type(obj).__name__, [abc.__name__ for abc in (Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable, Callable, Sized, Container, Set, MutableSet, Generator, Collection, Reversible) if isinstance(obj, abc)])
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, dict(m))
print(m.keys() & {'a'}, m.keys() | {'c'}, len(m.items()))
class MySeq(Sequence):
    def __getitem__(self, i): return (10, 20, 30)[i]
    def __len__(self): return 3
s = MySeq()
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
try:
    MyMap2 = type('X', (Mapping,), {})
    MyMap2()
except TypeError as e:
    print(e)
class MySet(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
a = MySet([1, 2, 3])
a |= {4}
a -= {1}
print(list(a), list(a & {2, 9}), a <= MySet([2, 3, 4, 5]), a == MySet([2, 3, 4]), a.isdisjoint([7]))
class D(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
d = D()
d.update({'x': 1}, y=2)
d.setdefault('z', 3)
print(dict(d), d.pop('x'), d.popitem(), len(d))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable))
import numbers
print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(3.0, numbers.Integral), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number))
import keyword
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist))
print(list[int], c.Iterable[int], c.Callable[[int], str])
print(c.Callable[..., int], c.Callable[[], None], c.Callable[[int, str], list[int]].__args__)
from typing import Callable, List, Dict, Optional, Union, Tuple, Any, Iterable, TypeVar, Generic
print(Callable[[int], str], Callable[..., int], List[int], Dict[str, List[int]], Optional[int], Union[int, str], Tuple[int, ...], Iterable[str])
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v, T, int | None, list[int] | None)
def f(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(f.__annotations__)
