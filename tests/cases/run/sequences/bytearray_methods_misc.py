# bytearray-specific methods and behaviours not shared with bytes
ba = bytearray(b"hello world")
print(ba.upper(), ba.title(), ba.split(), ba.find(b"o"), ba.count(b"l"), ba.index(b"w"))
r = ba.strip()
print(r is ba, r == ba, type(r).__name__)
c = ba.copy()
c[0] = 72
print(ba, c)
print(ba.__alloc__() >= len(ba), type(ba.__alloc__()).__name__)
red = ba.__reduce__()
print(red[0].__name__, red[1][0], red[1][1], red[2])
class Sub(bytearray):
    pass
s = Sub(b"xy")
s.attr = 1
print(s.__reduce__()[0].__name__, s.__reduce__()[2], s.__reduce_ex__(4)[0].__name__)
import copy
import pickle
print(copy.copy(ba), copy.deepcopy(ba) == ba, copy.copy(ba) is ba, pickle.loads(pickle.dumps(ba)))
print(pickle.loads(pickle.dumps(bytearray(b"\x00\xff\x80"), protocol=0)), pickle.loads(pickle.dumps(bytearray(range(5)), protocol=5)))
e = bytearray()
print(e, len(e), e.__alloc__() >= 0, bool(e), e.strip(), e.split(), e.partition(b"x"))
big = bytearray(1000)
print(len(big), big.count(0), big[500], sum(big))
big[100:900] = b""
print(len(big))
big.extend(range(256))
print(len(big), big[-1], big.rfind(255))
ba2 = bytearray(b"abc")
ba2[1:2] = ba2
print(ba2)
ba3 = bytearray(b"12345")
ba3[::2] = ba3[1::2] + b"x"
print(ba3)
ba4 = bytearray(b"abcdef")
ba4.reverse()
print(ba4, ba4.pop(), ba4.pop(0), ba4)
ba4.insert(len(ba4), ord("Z"))
print(ba4, ba4.remove(ord("Z")), ba4)
print(bytearray(b"ab") * 0, bytearray(b"ab").__mul__(2), bytearray(b"ab").__rmul__(2))
print(bytearray(b"abc").decode(), bytearray(b"\xe9").decode("latin-1"), bytearray("é", "utf-8"))
