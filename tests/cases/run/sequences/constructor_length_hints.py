# list/tuple/bytes construction from objects with odd __len__/__length_hint__/__iter__
class LenLies:
    def __init__(self, n, real):
        self.n, self.real = n, real
    def __len__(self):
        return self.n
    def __iter__(self):
        return iter(range(self.real))
for n, real in ((0, 3), (10, 2), (5, 5)):
    print(list(LenLies(n, real)), tuple(LenLies(n, real)), bytes(LenLies(n, real)), bytearray(LenLies(n, real)))
class BadLen:
    def __len__(self):
        raise KeyError("len failed")
    def __iter__(self):
        return iter([1])
for ctor in (list, tuple, bytes, bytearray):
    try:
        print(ctor.__name__, ctor(BadLen()))
    except KeyError as e:
        print(ctor.__name__, type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
    def __iter__(self):
        return iter([2])
for ctor in (list, tuple, bytes, bytearray):
    try:
        print(ctor.__name__, ctor(NegLen()))
    except ValueError as e:
        print(ctor.__name__, type(e).__name__, e)
class HugeLen:
    def __len__(self):
        return 2**70
    def __iter__(self):
        return iter([3])
for ctor in (list, tuple, bytes, bytearray):
    try:
        print(ctor.__name__, ctor(HugeLen()))
    except OverflowError as e:
        print(ctor.__name__, type(e).__name__, e)
class HintOnly:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return NotImplemented
print(list(HintOnly()), tuple(HintOnly()), bytes(HintOnly()))
class BadHint(HintOnly):
    def __length_hint__(self):
        return "x"
for ctor in (list, tuple, bytes, bytearray):
    try:
        print(ctor.__name__, ctor(BadHint()))
    except TypeError as e:
        print(ctor.__name__, type(e).__name__, e)
class IterNotIterator:
    def __iter__(self):
        return 5
for ctor in (list, tuple, bytes, bytearray):
    try:
        ctor(IterNotIterator())
    except TypeError as e:
        print(ctor.__name__, type(e).__name__, e)
class RevList(list):
    def __iter__(self):
        return reversed(list.__iter__(self).__reduce__()[1][0][:]).__iter__()
class RevTuple(tuple):
    def __iter__(self):
        yield from (9, 8)
print(bytes(RevList([1, 2, 3])), bytes(RevTuple((1, 2))), bytearray(RevList([4, 5])), bytearray(RevTuple((1,))))
print(list(RevList([1, 2])), tuple(RevTuple((1, 2))), [*RevTuple((0,))])
