# list/tuple/bytes .index/.count with huge and odd bounds; bytearray methods with ints
xs = [0, 1, 2, 1, 0]
for args in ((1, -2**70), (1, 2**70), (1, 0, 2**70), (1, 0, -2**70), (0, -1), (0, -1, 5), (1, 2, 1)):
    for obj in (xs, tuple(xs)):
        try:
            print(type(obj).__name__, args, obj.index(*args))
        except (ValueError, OverflowError, TypeError) as e:
            print(type(obj).__name__, args, type(e).__name__, e)
b = bytes(xs)
for args in ((1, -2**70), (1, 2**70), (1, 0, 2**70), (b"\x01", 0, -2**70)):
    for meth in ("find", "index", "count", "rfind"):
        try:
            print(meth, args[1:], getattr(b, meth)(*args))
        except (ValueError, OverflowError, TypeError) as e:
            print(meth, args[1:], type(e).__name__, e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(xs.index(1, Idx(2)), b.find(1, Idx(2)), b.startswith(b"\x02", Idx(2)), (0, 1).index(1, Idx(-1)))
print(b.find(Idx(2)), bytearray(b).count(Idx(0)), Idx(1) in b if False else "")
try:
    b.find(Idx(300))
except ValueError as e:
    print(type(e).__name__, e)
