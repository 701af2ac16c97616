# comparisons between sequences and user classes: reflected operations and NotImplemented
class Anything:
    def __eq__(self, other):
        return "A.eq"
    def __lt__(self, other):
        return "A.lt"
    def __gt__(self, other):
        return "A.gt"
    def __radd__(self, other):
        return "A.radd"
    def __rmul__(self, other):
        return "A.rmul"
    def __contains__(self, item):
        return True
for seq in ([1], (1,), b"x", bytearray(b"x"), range(1), "x"):
    print(type(seq).__name__, seq == Anything(), seq < Anything(), seq > Anything(), seq + Anything(), seq * Anything())
class ListSub(list):
    def __eq__(self, other):
        return "sub eq"
    def __lt__(self, other):
        return "sub lt"
    def __radd__(self, other):
        return "sub radd"
print([1] == ListSub(), [1] < ListSub(), [1] > ListSub(), [1] + ListSub(), ListSub() + [1])
class TupSub(tuple):
    def __gt__(self, other):
        return "tup gt"
print((1,) < TupSub(), TupSub() > (1,), (1,) + TupSub((2,)))
class Idx:
    def __index__(self):
        return 2
    def __mul__(self, other):
        return "Idx.mul"
    def __rmul__(self, other):
        return "Idx.rmul"
print([1] * Idx(), Idx() * [1], (1,) * Idx(), b"a" * Idx())
class OnlyIndex:
    def __index__(self):
        return 3
print([0] * OnlyIndex(), OnlyIndex() * "ab", OnlyIndex() * b"c", bytearray(b"d") * OnlyIndex())
print([1, 2] != (1, 2), (1, 2) != [1, 2], [] == (), range(0) == [], b"" == "")
