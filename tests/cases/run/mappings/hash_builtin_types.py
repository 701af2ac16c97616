# hash() across built-in types: which are hashable and what they give
def h(x):
    try:
        return hash(x)
    except TypeError as e:
        return type(e).__name__ + ": " + str(e)
print(h("abc") == h("abc"), h(""), h(b""), h(()), h(frozenset()))
print(h((1, 2, 3)), h(("a",)) == h(("a",)), h((1, (2, 3))), h((-1,)), h(((),)), h((0.5, -0.5)))
print(h([]), h({}), h(set()), h(bytearray(b"x")), h(slice(1)), h(slice(None, None, None)))
print(h(range(3)) == h(range(0, 3)), h(range(0)) == h(range(5, 5)), h(range(1, 10, 2)) == h(range(1, 11, 2)))
print(range(1, 10, 2) == range(1, 11, 2), h(range(0, 1, 5)) == h(range(0, 1, 7)))
print(h(memoryview(b"abc")) == h(b"abc"))
try:
    hash(memoryview(bytearray(b"a")))
except ValueError as e:
    print(type(e).__name__, e)
mv = memoryview(b"abcd").cast("c")
print(h(mv) == h(b"abcd"))
mi = memoryview(bytes(8)).cast("i")
try:
    hash(mi)
except ValueError as e:
    print(type(e).__name__, e)
print(h(memoryview(b"abcdef")[::2]) == h(b"ace"))
print(isinstance(h(None), int), isinstance(h(Ellipsis), int), isinstance(h(NotImplemented), int))
print(isinstance(h(int), int), h(int) == h(int), h(type) != h(object))
print(isinstance(h(len), int), isinstance(h(print), int), isinstance(h(lambda: 0), int))
print(isinstance(h(object()), int), isinstance(h(iter([])), int))
print(h(type(None).__hash__ is object.__hash__) is not None)
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, slice.__hash__)
print(tuple.__hash__ is not None, range.__hash__ is not None, frozenset.__hash__ is not None)
print(h(("a", b"a")) == h(("a", b"a")), h((1, 2)) == h((1.0, 2.0)), h((True,)) == h((1,)))
import sys
print(h(sys.version_info) == h(tuple(sys.version_info)))
import os
print(h(os.stat_result(tuple(range(10)))) == h(tuple(range(10))))
import collections
P = collections.namedtuple("P", "x y")
print(h(P(1, 2)) == h((1, 2)))
print(h((1, [2])), h(((), {})), h((frozenset(), set())))
print(h(1j.real), isinstance(h(str), int), h(type(h)) == h(type(h)))
class C:
    pass
c = C()
print(h(c) == h(c), h(C.__dict__), h(C.__mro__) == h(C.__mro__))
def f():
    pass
print(h(f.__code__) == h(f.__code__), f.__defaults__)
prop = property()
print(h(prop) == h(prop), h(prop) == id(prop) >> 4 or "hash from identity")
print(h(staticmethod(f)) != 0, h(classmethod(f)) != 0)
print(h(c.__init__) == h(c.__init__), h([].append) if False else "bound builtin hashable")
fz = frozenset([1, 2])
print(h(fz.union) == h(fz.union))
