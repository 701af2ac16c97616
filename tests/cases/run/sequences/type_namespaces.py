# the attribute names of each built-in sequence type and its iterators
import collections
kinds = [list, tuple, range, slice, bytes, bytearray, memoryview, type(iter([])), type(iter(())), type(iter(range(1))),
         type(iter(range(2**70))), type(reversed([])), type(iter(b"")), type(iter(bytearray())), type(iter(memoryview(b""))),
         reversed]
for t in kinds:
    names = sorted(n for n in vars(t))
    print(t.__name__, names)
for t in (list, tuple, range, bytes, bytearray, memoryview, slice):
    print(t.__name__, t.__module__, t.__qualname__, t.__base__.__name__, t.__flags__ & (1 << 10) != 0, callable(t))
