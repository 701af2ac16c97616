# objects without a value hash by identity: their address rotated by 4 bits
def rotated(address):
    bits = ((address >> 4) | (address << 60)) & (2**64 - 1)
    value = bits - 2**64 if bits >= 2**63 else bits
    return -2 if value == -1 else value
class C:
    pass
objs = [object(), C(), C, len, print, lambda: 0, iter([]), type, int, None, Ellipsis, NotImplemented, C.__init__]
print([hash(o) == rotated(id(o)) for o in objs])
c = C()
print(hash(c) == hash(c), hash(c) == object.__hash__(c), hash(C()) != hash(c))
class WithEq:
    def __eq__(self, other):
        return True
print(WithEq.__hash__ is None)
class WithEqAndHash(WithEq):
    __hash__ = object.__hash__
w = WithEqAndHash()
print(hash(w) == rotated(id(w)))
class Inherit(C):
    pass
i = Inherit()
print(hash(i) == rotated(id(i)), Inherit.__hash__ is object.__hash__)
def f():
    pass
m1, m2 = c.__init__, c.__init__
print(hash(m1) == hash(m2), m1 == m2, m1 is not m2)
bm = [].append
print(isinstance(hash(bm), int), hash(str.upper) == rotated(id(str.upper)))
import sys
print(hash(sys) == rotated(id(sys)))
print(hash(f.__code__) == hash(f.__code__), isinstance(hash(f.__code__), int))
s = {c, C, len, f}
print(c in s, C in s, len in s, f in s, object() in s)
d = {}
for o in objs:
    d[o] = type(o).__name__
print(len(d), d[len], d[C], d[None])
