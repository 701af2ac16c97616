# In-place operator functions use __iXXX__ when there is one, else the
# plain operator; comparison functions go through the reflected methods.
import operator

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __add__(self, other):
        return Acc(self.v + other)
    def __repr__(self):
        return "Acc(%r)" % self.v
a = Acc(1)
b = operator.iadd(a, 2)
print(a, b, a is b, operator.add(a, 5), a)
t = (1,)
print(operator.iadd(t, (2,)), t, operator.iconcat([1], [2]), operator.imul("ab", 2), operator.isub(10, 3))
print(operator.ilshift(1, 3), operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
print(operator.imod(7, 4), operator.ifloordiv(7, 2), operator.itruediv(7, 2), operator.ipow(3, 3))
s = {1}
print(operator.ior(s, {2}) is s, s)

class Rev:
    def __gt__(self, other):
        return "Rev.__gt__"
print(operator.lt(1, Rev()), operator.eq(Rev(), Rev()) is False, operator.ne(1, 1.0))
class Matrix:
    def __matmul__(self, other):
        return "matmul"
    def __imatmul__(self, other):
        return "imatmul"
print(operator.matmul(Matrix(), 1), operator.imatmul(Matrix(), 1))
for f, args in [(operator.iadd, (1, "a")), (operator.imatmul, (1, 2)), (operator.neg, ("a",)), (operator.invert, (1.5,)),
                (operator.pos, ([],)), (operator.abs, ("x",)), (operator.lshift, (1, -1)), (operator.floordiv, (1, 0))]:
    try:
        f(*args)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
