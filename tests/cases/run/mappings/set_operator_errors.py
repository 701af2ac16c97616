# set operators with operands that are not sets
def err(f):
    try:
        r = f()
        print("ok", type(r).__name__, sorted(r, key=repr) if hasattr(r, "__iter__") else r)
    except Exception as e:
        print(type(e).__name__, e)
s, f = {1, 2}, frozenset([2, 3])
for other in ([2], (2,), "ab", None, 5, {2: 0}, range(3), {2: 0}.keys(), {2: 0}.items(), {2: 0}.values()):
    err(lambda: s | other)
    err(lambda: other | s)
    err(lambda: s & other)
    err(lambda: other - f)
    err(lambda: f ^ other)
err(lambda: s < [1, 2, 3])
err(lambda: s <= (1,))
err(lambda: s > None)
err(lambda: f >= "a")
err(lambda: [] < s)
print(s == [1, 2], s != [1, 2], s == {1: 0, 2: 0}.keys(), f == {1: 0}, s.__eq__([]), s.__or__([]), s.__lt__(0))
err(lambda: s + {3})
err(lambda: s * 2)
err(lambda: -s)
err(lambda: s[0])
class RightOr:
    def __ror__(self, other):
        return "RightOr.__ror__"
    def __rand__(self, other):
        return "RightOr.__rand__"
    def __rsub__(self, other):
        return "RightOr.__rsub__"
    def __rxor__(self, other):
        return "RightOr.__rxor__"
    def __gt__(self, other):
        return "RightOr.__gt__"
print(s | RightOr(), s & RightOr(), s - RightOr(), s ^ RightOr(), s < RightOr())
class SetLike(set):
    def __ror__(self, other):
        return "subclass __ror__ first"
print({1} | SetLike([2]), type(SetLike([2]) | {1}).__name__)
def ixor(x, y):
    x ^= y
    return x
err(lambda: ixor({1}, [1]))
err(lambda: ixor({1}, frozenset([1, 5])))
