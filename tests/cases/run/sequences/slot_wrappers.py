# slot wrappers and method descriptors of the sequence types, called directly
import sys
print(list(map(list.__len__, [[1], [1, 2]])), list(map(tuple.__getitem__, [(1, 2)], [1])))
xs = [5, 6, 7]
print(xs.__getitem__(-1), xs.__contains__(6), xs.__mul__(0), xs.__rmul__(2), xs.__iter__().__next__())
print(b"abc".__getitem__(slice(None, None, -1)), bytearray(b"ab").__getitem__(0), memoryview(b"ab").__getitem__(1))
print(range(5).__getitem__(-1), range(5).__len__(), range(3).__iter__().__length_hint__(), range(3).__reversed__().__length_hint__())
print((1, 2).__contains__(2), (1, 2).__len__(), (1, 2).__mul__(2), (1, 2).__rmul__(2), (1, 2).__add__((3,)))
print(b"ab".__add__(b"c"), b"ab".__mul__(2), b"ab".__rmul__(2), b"ab".__contains__(97), b"%s".__mod__(b"x"), b"%d".__rmod__(5))
print(bytearray(b"ab").__add__(b"c"), bytearray(b"ab").__mod__(b"x"), bytearray(b"ab").__alloc__() > 0)
print(list.__dict__["append"].__qualname__, tuple.__dict__["index"].__text_signature__, bytes.__dict__["hex"].__name__)
print(type(list.__dict__["append"]).__name__, type(list.__dict__["__getitem__"]).__name__, type(list.__dict__["__len__"]).__name__)
print(type(bytes.__dict__["fromhex"]).__name__, type(bytes.__dict__["maketrans"]).__name__, type(range.__dict__["start"]).__name__)
print(type(slice.__dict__["start"]).__name__, type(memoryview.__dict__["nbytes"]).__name__, type(list.__dict__["__hash__"]).__name__)
print(list.__init__.__text_signature__, list.__len__.__text_signature__, tuple.__new__.__text_signature__)
print(bytes.__new__.__text_signature__ if bytes.__new__.__text_signature__ else None, range.__doc__.splitlines()[0])
