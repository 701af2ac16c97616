# bytearray in-place mutation: append, extend, insert, pop, remove, clear, reverse, copy
ba = bytearray(b"abc")
ba.append(100)
ba.append(True)
print(ba)
for bad in (256, -1, "e", b"e", 1.0, None):
    try:
        ba.append(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 70
ba.append(Idx())
print(ba)
ba.extend(b"gh")
ba.extend(bytearray(b"i"))
ba.extend([106, 107])
ba.extend(range(108, 110))
ba.extend(x for x in (110,))
ba.extend(memoryview(b"o"))
ba.extend(())
print(ba)
for bad in ("str", 5, [256], ["a"], [1.0], None):
    try:
        ba.extend(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ba)
part = bytearray(b"ab")
def gen():
    yield 1
    yield 2
    raise KeyError("mid")
try:
    part.extend(gen())
except KeyError as e:
    print(type(e).__name__, e, part)
ba.extend(ba)
print(len(ba), ba[-5:])
x = bytearray(b"xyz")
for idx in (0, -1, 100, -100, 2):
    x.insert(idx, 33)
print(x)
for bad in ((0, 256), (0, b"a"), ("0", 1), (0,)):
    try:
        x.insert(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(x.pop(), x.pop(0), x.pop(-2), x)
for idx in (100, -100):
    try:
        x.pop(idx)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
x.remove(33)
print(x)
for bad in (200, 256, "a", b"y"):
    try:
        x.remove(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
y = x.copy()
y.reverse()
print(x, y, y is x, type(y).__name__)
y.clear()
print(y, len(y))
z = bytearray(b"12345")
alias = z
z += b"67"
z += bytearray(b"8")
z += memoryview(b"9")
print(z, alias is z)
for bad in ("s", 5, [1]):
    try:
        z += bad
    except TypeError as e:
        print(type(e).__name__, e)
z *= 2
print(z, alias is z)
z *= 0
print(z, alias is z)
w = bytearray(b"ab")
w *= -3
print(w)
try:
    w *= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"ab") * 3, 2 * bytearray(b"c"), bytearray(b"a") + b"b" + bytearray(b"c"))
selfish = bytearray(b"ab")
try:
    selfish += selfish
except BufferError as e:
    print(type(e).__name__, e)
print(selfish)
empty = bytearray()
empty += empty
print(empty)
selfish.extend(selfish)
print(selfish)
selfish[1:3] = selfish
print(selfish)
