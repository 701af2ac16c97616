# collections.abc registration of the built-in sequences and mixin behaviour
from collections import abc
types_ = [list, tuple, range, bytes, bytearray, memoryview, str, slice]
for t in types_:
    print(t.__name__, [name for name in ("Sequence", "MutableSequence", "ByteString", "Hashable", "Iterable", "Reversible", "Sized", "Container", "Collection")
                       if issubclass(t, getattr(abc, name))])
class MySeq(abc.Sequence):
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
s = MySeq([5, 6, 7, 6])
print(len(s), s[0], list(s), 6 in s, s.index(6), s.count(6), list(reversed(s)))
try:
    s.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(s.index(6, 2), isinstance(s, abc.Sequence), isinstance(s, abc.MutableSequence))
class MyList(abc.MutableSequence):
    def __init__(self):
        self.data = []
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def insert(self, i, v):
        self.data.insert(i, v)
m = MyList()
m.append(1)
m.extend([2, 3])
m.insert(0, 0)
m += [4]
print(m.data, m.pop(), m.pop(0), m.data)
m.remove(2)
m.reverse()
print(m.data)
m.clear()
print(m.data, len(m))
try:
    m.pop()
except IndexError as e:
    print(type(e).__name__)
try:
    MySeq.__abstractmethods__
    abc.Sequence()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], abc.Sequence), isinstance((), abc.MutableSequence), isinstance(range(1), abc.Sequence))
print(isinstance(b"", abc.ByteString), isinstance(bytearray(), abc.MutableSequence), isinstance(memoryview(b""), abc.Sequence))
print(isinstance(iter([]), abc.Iterator), isinstance(reversed([]), abc.Iterator), isinstance(iter(range(1)), abc.Iterator))
print(isinstance(iter(b""), abc.Iterator), isinstance(iter(bytearray()), abc.Iterator), isinstance(iter(()), abc.Iterator))
